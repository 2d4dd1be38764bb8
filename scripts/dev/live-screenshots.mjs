// Drives a short live session against a running Kring (BASE, default http://localhost:3000) and takes
// screenshots of the cockpit, a participant's screen and the projector:
//   node scripts/dev/live-screenshots.mjs
import { mkdirSync } from "node:fs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 768 };
const leadContext = await browser.newContext({ viewport });
const lead = await leadContext.newPage();
const link = await openSessionAs(lead, base, { title: "Intervisie team Wonen, maart" });
const projector = await leadContext.newPage();
await projector.setViewportSize({ width: 1280, height: 720 });
await projector.goto(lead.url().replace(/$/, "/projector"));
await projector.getByTestId("join-code").waitFor();
await projector.screenshot({ path: `${out}/projector-join.png` });

const people = [];
for (const [name, text, kind] of [
  [
    "Anna",
    "Bij ons werkte een vast aanspreekpunt in de wijk heel goed: bewoners wisten wie ze konden bellen.",
    "Ervaring",
  ],
  ["Bram", "Hoe houd je dat vol als er steeds nieuwe collega's komen?", "Vraag"],
  ["Carla", "Elk kwartaal een koffieochtend met de huismeester en de bewonerscommissie.", "Idee"],
]) {
  const page = await joinAs(browser, link, name, viewport);
  people.push({ page, text, kind });
}
await lead.getByRole("button", { name: "Sessie starten" }).click();
await lead.getByRole("button", { name: "Volgende fase" }).click();
await lead.getByRole("button", { name: "Start", exact: true }).click();
await lead.getByRole("button", { name: "Trek een les" }).click();
for (const { page, text, kind } of people) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  await page.getByLabel(kind).check();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByTestId("own-reaction").waitFor();
}
await people[0].page.screenshot({ path: `${out}/participant-hidden.png` });
await lead.screenshot({ path: `${out}/cockpit-before-reveal.png` });
await lead.getByRole("button", { name: /Reacties tonen/ }).click();
await people[1].page.getByTestId("reaction").nth(2).waitFor();
await people[1].page.getByTestId("reaction").first().getByRole("button", { name: "Stem", exact: true }).click();
await lead.getByRole("button", { name: "Volgorde van binnenkomst" }).click();
await lead.waitForTimeout(500);
await lead.screenshot({ path: `${out}/cockpit.png` });
await people[1].page.screenshot({ path: `${out}/participant.png` });
await projector.screenshot({ path: `${out}/projector.png` });
await browser.close();
console.log(`screenshots written to ${out}/`);
