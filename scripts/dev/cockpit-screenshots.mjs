// The cockpit on a 1366x768 laptop with twelve participants, against a running Kring (BASE, default
// http://localhost:3000): scrolled down to the round's last reactions (the phase plan and the timer
// stay in view), and the list of keyboard shortcuts.
//   node scripts/dev/cockpit-screenshots.mjs
import { mkdirSync } from "node:fs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const NAMES = ["Anna", "Bram", "Carla", "Dirk", "Eva", "Femke", "Gijs", "Hanna", "Ilse", "Joost", "Karin", "Lars"];
const TEXTS = [
  "Een vast aanspreekpunt in de wijk: bewoners wisten wie ze konden bellen.",
  "Hoe houd je dat vol als er steeds nieuwe collega's komen?",
  "Elk kwartaal een koffieochtend met de huismeester en de bewonerscommissie.",
  "Eerst luisteren, dan pas plannen maken.",
  "Wie betaalt de tijd die bewoners erin steken?",
  "Laat zien wat er met hun inbreng gebeurd is, ook als het nee werd.",
];
const browser = await launchBrowser();
const lead = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const link = await openSessionAs(lead, base, { title: "Intervisie team Wonen, december" });
const people = [];
for (const name of NAMES) people.push(await joinAs(browser, link, name, { width: 390, height: 844 }));
await lead.getByTestId("presence-count").filter({ hasText: "12 van 12" }).waitFor();
await lead.getByRole("button", { name: "Sessie starten" }).click();
await lead.getByRole("button", { name: "Volgende fase" }).click();
await lead.getByRole("button", { name: "Trek een les" }).click();
for (const [index, page] of people.slice(0, 6).entries()) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(TEXTS[index]);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByTestId("own-reaction").waitFor();
}
await lead.getByRole("button", { name: "Reacties tonen (6)" }).click();
await lead.getByTestId("reaction").nth(5).waitFor();
await lead.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
await lead.waitForTimeout(200);
await lead.screenshot({ path: `${out}/cockpit-1366-scrolled.png` });
await lead.keyboard.press("?");
await lead.getByRole("dialog").waitFor();
await lead.screenshot({ path: `${out}/cockpit-shortcuts.png` });
await browser.close();
console.log(`screenshots written to ${out}/`);
