// Builds a group with two incident-method sessions and their action points against a running Kring
// (BASE, default http://localhost:3000), then takes screenshots of the group's action-point overview
// (Dutch, filtered, English) and of the report it links to:
//   node scripts/dev/actions-screenshots.mjs
// With SQL set to a psql command line for the same database (e.g. "psql -h 127.0.0.1 -U postgres -d kring"),
// the first session is moved a month back and one of its points made overdue, as after a month of use.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { fillPitch, launchBrowser, submitSignUp } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 860 };
const leadContext = await browser.newContext({ viewport });
const lead = await leadContext.newPage();
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

await lead.goto(`${base}/signup`);
await lead.getByLabel("Naam").fill("Marieke Jansen");
await lead.getByLabel("E-mailadres").fill(`marieke-${randomBytes(3).toString("hex")}@example.org`);
await lead.getByLabel("Wachtwoord").fill("bewoners-2026");
await submitSignUp(lead);
await lead.goto(`${base}/groups/new`);
await lead.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
await lead.locator("main").getByRole("button", { name: "Groep maken" }).click();
await lead.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
const groupUrl = lead.url();
const groupId = groupUrl.split("/").at(-1);
const addForm = lead.getByRole("form", { name: "Lid toevoegen" });
for (const name of ["Anna de Vries", "Bram Koper", "Carla Smit"]) {
  await addForm.getByLabel("Naam").fill(name);
  await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
  await lead.getByTestId("member").filter({ hasText: name }).waitFor();
}

/** One session: everyone joins as the member they are, a case is chosen, advice given, points made. */
async function runSession(title, caseTitle, advice, points) {
  await lead.goto(groupUrl);
  await lead.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await lead.getByLabel("Titel").fill(title);
  await lead.getByLabel("Werkvorm").selectOption({ label: "Incidentmethode" });
  await lead.getByRole("button", { name: "Sessie openen" }).click();
  await lead.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  const link = await lead.getByTestId("join-link").first().getAttribute("href");
  const people = {};
  for (const member of ["Anna de Vries", "Bram Koper", "Carla Smit"]) {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(link);
    // A name to join with, then, on the live screen, which member of the group this is.
    await page.getByLabel("Je naam").fill(member.split(" ")[0]);
    await page.getByLabel("Ik houd me aan deze afspraken").check();
    await page.getByRole("button", { name: "Meedoen" }).click();
    await page.waitForURL(/\/live\//);
    await page.getByRole("group", { name: "Wie ben je?" }).getByRole("radio", { name: member }).check();
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await page.getByTestId("member-chosen").waitFor();
    people[member] = page;
  }
  const jump = async (phase) => {
    await lead.getByRole("button", { name: new RegExp(`^${phase}`) }).click();
    await lead
      .getByRole("button", { name: new RegExp(`^${phase}`) })
      .and(lead.locator(":disabled"))
      .waitFor();
  };
  await lead.getByRole("button", { name: "Sessie starten" }).click();
  await jump("Casussen inbrengen");
  await (await fillPitch(people["Anna de Vries"], caseTitle, "Hoe pak ik dit aan?"))();
  await jump("Casus kiezen");
  await lead.getByRole("button", { name: `Kies deze casus: ${caseTitle}` }).click();
  await jump("Adviesronde");
  for (const [member, text] of advice) {
    await people[member].getByRole("textbox", { name: "Jouw reactie" }).fill(text);
    await people[member].getByRole("button", { name: "Versturen" }).click();
    await lead.getByTestId("reaction").filter({ hasText: text }).waitFor();
  }
  await jump("Actiepunten");
  const panel = lead.getByTestId("action-points");
  for (const point of points) {
    await panel.getByLabel("Naar aanleiding van").selectOption({ label: point.from ?? "Nieuw actiepunt" });
    await panel.getByLabel("Wat ga je doen?").fill(point.text);
    await panel.getByLabel("Eigenaar").selectOption({ label: point.owner });
    await panel.getByLabel("Deadline").fill(point.due);
    await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
    await lead.getByTestId("action-point").filter({ hasText: point.text }).waitFor();
    await lead.waitForFunction(
      () => document.querySelector('[data-testid="action-points"] textarea')?.value === "",
      null,
      { timeout: 5000 },
    );
  }
  lead.once("dialog", (dialog) => void dialog.accept());
  await lead.getByRole("button", { name: "Sessie afsluiten" }).click();
  await lead.getByRole("link", { name: "Verslag" }).waitFor();
  for (const page of Object.values(people)) await page.context().close();
}

await runSession(
  "Intervisie oktober",
  "Bewonerscommissie haakt af",
  [
    ["Bram Koper", "Ga bij een van de leden thuis op de koffie en vraag wat er nodig is."],
    ["Carla Smit", "Plan het overleg op een avond in de buurtkamer in plaats van op kantoor."],
  ],
  [
    {
      text: "Koffie bij de voorzitter van de commissie",
      owner: "Anna de Vries",
      due: inDays(2),
      from: "Ga bij een van de leden thuis op de koffie en vraag wat er nodig is.",
    },
    { text: "Buurtkamer vastleggen voor december", owner: "Carla Smit", due: inDays(3) },
    { text: "Verslag van het overleg rondsturen", owner: "Bram Koper", due: inDays(5) },
  ],
);
if (process.env.SQL) {
  // A month later: the first session was in October, and two of its points are past their date.
  const [command, ...args] = process.env.SQL.split(" ");
  execFileSync(command, [
    ...args,
    "-c",
    `UPDATE "IntervisionSession" SET "startedAt" = "startedAt" - interval '30 days', "createdAt" = "createdAt" - interval '30 days' WHERE "groupId" = '${groupId}';
     UPDATE "ActionPoint" SET "dueDate" = CURRENT_DATE - 9 WHERE "groupId" = '${groupId}' AND text LIKE 'Koffie%';
     UPDATE "ActionPoint" SET "dueDate" = CURRENT_DATE - 2 WHERE "groupId" = '${groupId}' AND text LIKE 'Verslag%';`,
  ]);
}
await runSession(
  "Intervisie november",
  "Klachten over de schoonmaak",
  [["Carla Smit", "Maak één vast aanspreekpunt bij de beheerder en noem dat in de nieuwsbrief."]],
  [
    {
      text: "Aanspreekpunt schoonmaak afspreken met de beheerder",
      owner: "Bram Koper",
      due: inDays(10),
      from: "Maak één vast aanspreekpunt bij de beheerder en noem dat in de nieuwsbrief.",
    },
    { text: "Stukje voor de nieuwsbrief schrijven", owner: "Anna de Vries", due: inDays(14) },
  ],
);

await lead.goto(groupUrl);
await lead.screenshot({ path: `${out}/group-with-actions-link.png` });
await lead.getByRole("link", { name: "Actiepunten" }).click();
await lead.getByRole("button", { name: "Markeer als gedaan: Buurtkamer vastleggen voor december" }).click();
await lead.getByRole("status").filter({ hasText: "Gedaan" }).waitFor();
await lead.screenshot({ path: `${out}/group-actions.png`, fullPage: true });
await lead.getByLabel("Eigenaar", { exact: true }).selectOption({ index: 1 });
await lead.getByRole("button", { name: "Tonen" }).click();
await lead.getByText("Je ziet de actiepunten van").waitFor();
await lead.screenshot({ path: `${out}/group-actions-filtered.png`, fullPage: true });
await lead.getByRole("link", { name: "Iedereen tonen" }).click();
await lead.getByRole("link", { name: /^“Ga bij een van de leden/ }).click();
await lead.waitForURL(/#reaction-/);
await lead.screenshot({ path: `${out}/report-from-action.png` });
await lead.goto(`${groupUrl}/actions`);
await lead.getByTestId("language-switch").click();
await lead.getByRole("heading", { level: 1, name: /^Action points/ }).waitFor();
await lead.screenshot({ path: `${out}/group-actions-en.png`, fullPage: true });
await browser.close();
console.log(`screenshots in ${out}`);
