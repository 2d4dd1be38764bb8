// Screenshots of cases brought in before a session: the bring-in page, the cockpit's lobby with
// three cases and their lessons, and the group's list, against a running Kring (BASE, default
// http://localhost:3000), at 1920x1080, 1366x768 and 390x844.
//   node scripts/dev/proposals-screenshots.mjs   (OUT=folder, default /tmp/kring-shots)
import { mkdirSync } from "node:fs";
import { launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "/tmp/kring-shots";
mkdirSync(out, { recursive: true });
const sizes = [
  [1920, 1080],
  [1366, 768],
  [390, 844],
];
const browser = await launchBrowser();
const cockpit = await browser.newPage({ viewport: { width: 1366, height: 768 } });
// A group with three members, and a session for it.
await openSessionAs(cockpit, base, { title: "Warming-up", method: "Incidentmethode" });
await cockpit.goto(`${base}/groups/new`);
await cockpit.getByLabel("Naam van de groep").fill("Bewonersparticipatie Noord");
await cockpit.getByRole("button", { name: "Groep maken" }).click();
await cockpit.waitForURL((url) => /\/groups\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
const groupUrl = cockpit.url();
for (const name of ["Sanne de Vries", "Joost Jansen", "Ömer Yılmaz"]) {
  await cockpit.getByLabel("Naam", { exact: true }).fill(name);
  await cockpit.getByRole("button", { name: "Lid toevoegen" }).click();
  await cockpit.getByText(name).first().waitFor();
}
await cockpit.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).click();
await cockpit.getByLabel("Titel").fill("Intervisie december");
await cockpit.getByLabel("Werkvorm").selectOption({ label: "Incidentmethode" });
await cockpit.getByRole("button", { name: "Sessie openen" }).click();
await cockpit.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
const link = await cockpit.getByTestId("join-link").first().getAttribute("href");

const cases = [
  [
    "Sanne de Vries",
    "Niemand in mijn team pakt het op",
    "We willen bewoners eerder betrekken bij de renovatie van de Zonnebloemhof. Mijn collega's zien het als extra werk en schuiven het door.",
    "Hoe krijg ik collega's zover dat ze het samen met mij oppakken?",
  ],
  [
    "Joost Jansen",
    "Lege zaal bij de bewonersavond",
    "Er komen steeds dezelfde vijf mensen. Flyers in de bus helpen niet, de rest van de straat haakt af.",
    "Hoe bereik ik de bewoners die nooit komen?",
  ],
  [
    "Ömer Yılmaz",
    "Huurdersvereniging voelt zich gepasseerd",
    "Het plan voor de groenstrook was al rond voordat de vereniging het hoorde. Nu weigeren ze mee te praten.",
    "Hoe herstel ik het vertrouwen met de huurdersvereniging?",
  ],
];
let bringIn = null;
for (const [index, [name, title, description, question]] of cases.entries()) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${link}/case`);
  const form = page.getByRole("region", { name: "Casus inbrengen" });
  await form.getByLabel("Je naam").fill(name);
  await form.getByLabel("Titel van de casus").fill(title);
  await form.getByLabel("Korte beschrijving").fill(description);
  await form.getByLabel("Je vraag aan de groep").fill(question);
  await form.getByRole("button", { name: "Casus inbrengen" }).click();
  await page.getByTestId("my-proposal").first().waitFor();
  if (index === 0) bringIn = page;
  else await page.close();
}
// The bring-in page, after one case, with the form for another.
for (const [width, height] of sizes) {
  await bringIn.setViewportSize({ width, height });
  await bringIn.screenshot({ path: `${out}/bring-in-${width}.png`, fullPage: true });
}
// A name that is not a member's: said plainly.
await bringIn.setViewportSize({ width: 1366, height: 768 });
const again = bringIn.getByRole("region", { name: "Nog een casus inbrengen" });
await again.getByLabel("Je naam").fill("Piet");
await again.getByLabel("Titel van de casus").fill("Iets");
await again.getByLabel("Je vraag aan de groep").fill("Wat nu?");
await again.getByRole("button", { name: "Casus inbrengen" }).click();
await again.locator(".field-error").first().waitFor();
await again.screenshot({ path: `${out}/bring-in-unknown-name-1366.png` });

// The lobby with three cases and their lessons.
const lobby = cockpit.getByTestId("case-proposals");
await lobby.getByTestId("case-proposal").nth(2).waitFor();
await lobby.getByTestId("proposal-suggestions").nth(2).getByRole("listitem").first().waitFor();
for (const [width, height] of sizes) {
  await cockpit.setViewportSize({ width, height });
  await cockpit.screenshot({ path: `${out}/lobby-${width}.png`, fullPage: true });
  await lobby.screenshot({ path: `${out}/lobby-panel-${width}.png` });
}

// Start, pitch nobody (no one is here), end: all three are carried over to the group's list.
await cockpit.setViewportSize({ width: 1366, height: 768 });
await cockpit.getByRole("button", { name: "Sessie starten" }).click();
await cockpit.getByRole("button", { name: /^Casussen inbrengen/ }).click();
await cockpit.getByText("Wordt een pitch zodra", { exact: false }).first().waitFor();
await cockpit.screenshot({ path: `${out}/pitches-waiting-1366.png` });
cockpit.on("dialog", (dialog) => dialog.accept());
await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();
await cockpit.getByRole("heading", { name: "Deze sessie is afgelopen" }).waitFor();
await cockpit.goto(groupUrl);
const list = cockpit.getByTestId("group-case-list");
for (const [width, height] of sizes) {
  await cockpit.setViewportSize({ width, height });
  await cockpit.screenshot({ path: `${out}/group-${width}.png`, fullPage: true });
  await list.screenshot({ path: `${out}/group-list-${width}.png` });
}
await browser.close();
console.log(`screenshots in ${out}`);
