// Drives a lesson round with 23 realistic reactions against a running Kring (BASE, default
// http://localhost:3000) and takes screenshots of the projector at 1920x1080 and 1024x768 (a page of
// reactions), the spotlight and the join code shown again, the cockpit's projector
// controls at 1366x768 and a participant's phone at 390x844.
//   node scripts/dev/projector-screenshots.mjs
import { mkdirSync } from "node:fs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const TEXTS = [
  "Een vast aanspreekpunt in de wijk: bewoners wisten wie ze konden bellen.",
  "Hoe houd je dat vol als er steeds nieuwe collega's komen?",
  "Elk kwartaal een koffieochtend met de huismeester en de bewonerscommissie.",
  "Eerst luisteren, dan pas plannen maken.",
  "Wie betaalt de tijd die bewoners erin steken? Daar hadden we nooit een goed antwoord op.",
  "Bij de renovatie in Noord kwamen bewoners pas toen we bij hen thuis langsgingen.",
  "Laat zien wat er met hun inbreng gebeurd is, ook als het nee werd.",
  "Kleine resultaten snel laten zien.",
];
const browser = await launchBrowser();
const leadContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const lead = await leadContext.newPage();
const link = await openSessionAs(lead, base, { title: "Intervisie team Wonen, december" });
const people = [];
for (const name of ["Anna", "Bram", "Carla"]) {
  people.push(await joinAs(browser, link, name, { width: 390, height: 844 }));
}
const projector = await leadContext.newPage();
await projector.setViewportSize({ width: 1920, height: 1080 });
await projector.goto(`${lead.url()}/projector`);
await projector.getByTestId("join-code").waitFor();

await lead.getByRole("button", { name: "Sessie starten" }).click();
await lead.getByRole("button", { name: "Volgende fase" }).click();
await lead.getByRole("button", { name: "Start", exact: true }).click();
await lead.getByRole("button", { name: "Trek een les" }).click();
let n = 0;
for (const page of people) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  for (let i = 0; i < 8 && n < 23; i++, n++) {
    await page.getByPlaceholder("Schrijf hier je reactie…").fill(TEXTS[n % TEXTS.length]);
    await page.getByRole("button", { name: "Versturen" }).click();
  }
}
await people[2].getByPlaceholder("Schrijf hier je reactie…").fill("Wat ik nog wil zeggen:");
await people[2].evaluate(() => window.scrollTo(0, 0));
await people[2].screenshot({ path: `${out}/participant-phone-top.png` });
await lead.getByRole("button", { name: "Reacties tonen (23)" }).click();
await projector.getByTestId("projector-page").waitFor();
for (const [width, height] of [
  [1920, 1080],
  [1024, 768],
]) {
  await projector.setViewportSize({ width, height });
  await projector.waitForTimeout(300);
  await projector.screenshot({ path: `${out}/projector-page-${width}.png` });
}
await lead.screenshot({ path: `${out}/cockpit-projector-controls.png` });
await lead.getByTestId("reaction").nth(5).getByTestId("spotlight-toggle").click();
await projector.getByTestId("spotlight").waitFor();
await projector.setViewportSize({ width: 1920, height: 1080 });
await projector.waitForTimeout(300);
await projector.screenshot({ path: `${out}/projector-spotlight.png` });
await lead.getByRole("button", { name: "Uitlichten stoppen" }).click();
await lead.getByRole("button", { name: "Code tonen op de beamer" }).click();
await projector.getByTestId("join-code").waitFor();
await projector.screenshot({ path: `${out}/projector-join-again.png` });
await browser.close();
console.log(`screenshots written to ${out}/`);
