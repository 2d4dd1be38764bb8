// Runs a short lesson round against a running Kring (BASE, default http://localhost:3000), ends it, and
// takes screenshots of the report, the archive and a search:
//   node scripts/dev/archive-screenshots.mjs
import { mkdirSync } from "node:fs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 900 };
const leadContext = await browser.newContext({ viewport });
const lead = await leadContext.newPage();
const link = await openSessionAs(lead, base, { title: "Intervisie team Wonen, maart" });
const people = [];
for (const [name, text, kind] of [
  ["Anna", "Bij ons werkte een vast aanspreekpunt in de wijk goed: bewoners wisten wie ze konden bellen.", "Ervaring"],
  ["Bram", "Hoe houd je dat vol als er steeds nieuwe collega's komen?", "Vraag"],
  ["Carla", "Elk kwartaal een koffieochtend met de huismeester en de bewonerscommissie.", "Idee"],
]) {
  const page = await joinAs(browser, link, name, viewport);
  people.push({ page, text, kind });
}
await lead.getByRole("button", { name: "Sessie starten" }).click();
await lead.getByRole("button", { name: "Volgende fase" }).click();
await lead.getByRole("button", { name: "Trek een les" }).click();
for (const { page, text, kind } of people) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  await page.getByLabel(kind).check();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByTestId("own-reaction").waitFor();
}
await lead.getByRole("button", { name: /Reacties tonen/ }).click();
await people[1].page.getByTestId("reaction").nth(2).waitFor();
lead.once("dialog", (dialog) => dialog.accept());
await lead.getByRole("button", { name: "Sessie afsluiten" }).click();
await people[0].page.getByText("Deze sessie is afgelopen").first().waitFor();
const sessionUrl = lead.url();
await lead.goto(`${sessionUrl}/report`);
await lead.screenshot({ path: `${out}/report-full.png`, fullPage: true });
await lead.getByRole("button", { name: "Deellink maken" }).click();
const shareUrl = await lead.getByLabel("Deellink").inputValue();
await lead.getByRole("region", { name: "Delen" }).screenshot({ path: `${out}/report-share.png` });
await lead.getByRole("region", { name: "Privacy en verwijderen" }).screenshot({ path: `${out}/report-privacy.png` });
await people[0].page.getByRole("link", { name: "Lees het verslag" }).click();
await people[0].page.waitForURL(/\/report$/);
await people[0].page.screenshot({ path: `${out}/report-participant.png` });
const stranger = await browser.newPage({ viewport });
await stranger.goto(shareUrl);
await stranger.screenshot({ path: `${out}/report-shared.png` });
await lead.goto(`${base}/sessions`);
await lead.screenshot({ path: `${out}/archive.png` });
await lead.getByLabel(/Zoeken in/).fill("bewoner");
await lead.getByRole("button", { name: "Toon" }).first().click();
await lead.getByTestId("search-hit").first().waitFor();
await lead.screenshot({ path: `${out}/archive-search.png` });
await browser.close();
console.log(`screenshots written to ${out}/`);
