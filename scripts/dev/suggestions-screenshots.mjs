// Screenshots of the cockpit's lesson suggestions for a pitched case and of its participation
// balance, against a running Kring (BASE, default http://localhost:3000), at a laptop's 1366x768,
// a projector's 1920x1080 and a phone's 390x844.
//   node scripts/dev/suggestions-screenshots.mjs   (OUT=folder, default /tmp/kring-shots)
import { mkdirSync } from "node:fs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "/tmp/kring-shots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const cockpit = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const link = await openSessionAs(cockpit, base, { title: "Intervisie Oost", method: "Incidentmethode" });
const anna = await joinAs(browser, link, "Anna");
await joinAs(browser, link, "Bram");
await joinAs(browser, link, "Sanne");
await cockpit.getByRole("button", { name: "Sessie starten" }).click();
await cockpit.getByRole("button", { name: /^Casussen inbrengen/ }).click();
const form = anna.getByRole("region", { name: "Breng een casus in" });
await form.getByLabel("Titel").fill("Lege zaal bij de bewonersavond");
await form
  .getByLabel("Je vraag aan de groep")
  .fill("Er komen steeds dezelfde vijf mensen, flyers helpen niet. Hoe krijg ik de rest van de straat erbij?");
for (const label of [
  "Het speelt nu (actueel)",
  "Het gaat om een concrete situatie",
  "Het is mijn eigen vraag, ik ben er zelf bij betrokken",
]) {
  await form.getByLabel(label).check();
}
await form.getByRole("button", { name: "Casus inbrengen" }).click();
const panel = cockpit.getByTestId("lesson-suggestions");
await panel.getByRole("listitem").first().waitFor();
await panel.scrollIntoViewIfNeeded();
await cockpit.screenshot({ path: `${out}/suggestions-1366.png` });
await panel.screenshot({ path: `${out}/suggestions-panel-1366.png` });
const balance = cockpit.getByTestId("balance");
await balance.getByTestId("balance-cue").waitFor();
await balance.screenshot({ path: `${out}/balance-panel-1366.png` });
await cockpit.setViewportSize({ width: 1920, height: 1080 });
await cockpit.screenshot({ path: `${out}/suggestions-1920.png` });
await cockpit.setViewportSize({ width: 390, height: 844 });
await panel.scrollIntoViewIfNeeded();
await cockpit.screenshot({ path: `${out}/suggestions-390.png` });
await browser.close();
console.log(`screenshots in ${out}`);
