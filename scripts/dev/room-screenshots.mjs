// Drives an anonymous group session against a running Kring (BASE, default http://localhost:3000) and
// takes screenshots of what the room sees on the screens a facilitator really uses: the cockpit at
// 1366x768 and 1920x1080 (lock control, the count of who reacted), the projector at 1920x1080 with
// the room closed to newcomers, and a participant's phone at 390x844 (choosing which member they are).
//   node scripts/dev/room-screenshots.mjs
import { mkdirSync } from "node:fs";
import { launchBrowser, openSessionAs } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const laptop = { width: 1366, height: 768 };
const phone = { width: 390, height: 844 };
const leadContext = await browser.newContext({ viewport: laptop });
const lead = await leadContext.newPage();
await openSessionAs(lead, base, { title: "Proefsessie" });

await lead.goto(`${base}/groups/new`);
await lead.getByLabel("Naam van de groep").fill("Team Wonen Noord");
await lead.locator("main").getByRole("button", { name: "Groep maken" }).click();
await lead.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
const addForm = lead.getByRole("form", { name: "Lid toevoegen" });
for (const name of ["Anna de Vries", "Bram Koper", "Carla Smit", "Dirk Mulder"]) {
  await addForm.getByLabel("Naam").fill(name);
  await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
  await lead.getByTestId("member").filter({ hasText: name }).waitFor();
}
await lead.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
await lead.getByLabel("Titel").fill("Intervisie team Wonen, december");
await lead.getByLabel("Reacties standaard anoniem").check();
await lead.getByRole("button", { name: "Sessie openen" }).click();
await lead.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
await lead.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
const link = await lead.getByTestId("join-link").first().getAttribute("href");

const people = [];
for (const [name, member, text] of [
  ["Anna", "Anna de Vries", "Een vast aanspreekpunt in de wijk: bewoners wisten wie ze konden bellen."],
  ["Bram", "Bram Koper", "Hoe houd je dat vol als er steeds nieuwe collega's komen?"],
  ["Carla", null, "Elk kwartaal een koffieochtend met de huismeester en de bewonerscommissie."],
]) {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(link);
  await page.getByLabel("Je naam").fill(name);
  await page.getByLabel("Ik houd me aan deze afspraken").check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/live\//);
  const choice = page.getByRole("group", { name: "Wie ben je?" });
  await choice.waitFor();
  if (name === "Anna") await page.screenshot({ path: `${out}/participant-member-choice.png` });
  if (member) await choice.getByRole("radio", { name: member }).check();
  await page.getByRole("button", { name: "Bevestigen" }).click();
  people.push({ page, text });
}

const projector = await leadContext.newPage();
await projector.setViewportSize({ width: 1920, height: 1080 });
await projector.goto(`${lead.url()}/projector`);
await projector.getByTestId("join-code").waitFor();
await lead.getByRole("button", { name: "Sluiten voor nieuwe deelnemers" }).click();
await projector.getByText("Meedoen is gesloten").waitFor();
await projector.screenshot({ path: `${out}/projector-closed.png` });

await lead.getByRole("button", { name: "Sessie starten" }).click();
await lead.getByRole("button", { name: "Volgende fase" }).click();
await lead.getByRole("button", { name: "Start", exact: true }).click();
await lead.getByRole("button", { name: "Trek een les" }).click();
for (const { page, text } of people.slice(0, 2)) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByTestId("own-reaction").waitFor();
}
await people[2].page.getByTestId("prompt").locator("blockquote").waitFor();
await people[2].page.getByPlaceholder("Schrijf hier je reactie…").fill(people[2].text);
await people[2].page.screenshot({ path: `${out}/participant-phone.png` });
await lead.screenshot({ path: `${out}/cockpit-anonymous.png` });
await lead.setViewportSize({ width: 1920, height: 1080 });
await lead.screenshot({ path: `${out}/cockpit-1920.png` });
await lead.getByRole("button", { name: /Reacties tonen/ }).click();
await projector.getByTestId("reaction").nth(1).waitFor();
await projector.screenshot({ path: `${out}/projector-anonymous.png` });
await browser.close();
console.log(`screenshots written to ${out}/`);
