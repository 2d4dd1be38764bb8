// Screenshots of the insights (the report's charts and a group's insights page), in Dutch and English,
// against a running Kring on PostgreSQL (BASE, default http://localhost:3000; DATABASE_URL the same
// database the server uses):
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kring_dev node scripts/dev/insights-screenshots.mjs
// Three sessions of one group are run through the real screens. Then, for a picture of months rather
// than minutes, the two short ones are moved back in time and the main one gets realistic phase
// times, straight in the database: screenshot data only, never used by tests.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import pg from "pg";
import { launchBrowser, submitSignUp } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to the database the server uses");
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 860 };
const leadContext = await browser.newContext({ viewport });
const lead = await leadContext.newPage();
lead.on("dialog", (dialog) => void dialog.accept());

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

async function newSession(title) {
  await lead.goto(groupUrl);
  await lead.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await lead.getByLabel("Titel").fill(title);
  await lead.getByRole("button", { name: "Sessie openen" }).click();
  await lead.waitForURL(/\/sessions\/[^/]+$/);
  await lead.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  return {
    id: new URL(lead.url()).pathname.split("/").at(-1),
    link: await lead.getByTestId("join-link").first().getAttribute("href"),
  };
}
const jump = (title) => lead.getByRole("button", { name: new RegExp(`^${title}`) }).click();
async function addActionPoint(text) {
  const panel = lead.getByTestId("action-points");
  await panel.waitFor();
  await lead.waitForTimeout(800); // the cockpit settles on the new phase first
  await panel.getByLabel("Wat ga je doen?").fill(text);
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await lead.getByTestId("action-point").filter({ hasText: text }).waitFor();
}
async function setStatus(text, status) {
  await lead.getByLabel(`Status van ${text}`).selectOption(status);
}

// Two short earlier sessions, led without participants: lessons dealt, action points made.
const earlier = [];
for (const [title, points] of [
  ["Intervisie januari", ["Spreekuur in de buurtkamer proberen", "Welkomstbrief herschrijven"]],
  ["Intervisie maart", ["Huurdersoverleg voorbereiden met Bram"]],
]) {
  const session = await newSession(title);
  await lead.getByRole("button", { name: "Sessie starten" }).click();
  await jump("Reageren op de les");
  for (let card = 0; card < 2; card += 1) await lead.getByRole("button", { name: "Trek een les" }).click();
  await jump("Actiepunten");
  for (const point of points) await addActionPoint(point);
  await setStatus(points[0], "done");
  await lead.getByRole("button", { name: "Sessie afsluiten" }).click();
  await lead.getByRole("link", { name: "Verslag" }).waitFor();
  earlier.push(session.id);
}

// The main session: named check-ins, an anonymous lesson round.
const main = await newSession("Intervisie mei");
await lead.getByRole("link", { name: "Fasenplan aanpassen" }).click();
const round = lead.getByTestId("plan-phase").filter({ hasText: "Reageren op de les" });
await round.locator("summary").click();
await round.getByLabel("Anoniem").check();
await lead.getByRole("button", { name: "Plan opslaan" }).click();
await lead.getByText("Het plan is opgeslagen.").waitFor();
await lead.goto(`${base}/sessions/${main.id}`);
await lead.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();

const people = {};
for (const name of ["Anna de Vries", "Bram Jansen", "Carla Smit", "Dirk Bakker"]) {
  const page = await browser.newPage({ viewport });
  await page.goto(main.link);
  await page.getByLabel("Je naam").fill(name);
  await page.getByLabel("Ik houd me aan deze afspraken").check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/live\//);
  await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  people[name.split(" ")[0]] = page;
}
async function post(name, text, kind) {
  const page = people[name];
  if (kind) await page.getByLabel(kind, { exact: true }).check();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await page.getByText(text).first().waitFor();
}
await lead.getByRole("button", { name: "Sessie starten" }).click();
// The group has open action points: the session starts by looking back on them.
await jump("Check-in");
await post("Anna", "Druk week, maar zin in vandaag.");
await post("Bram", "Net terug van vakantie, nog even landen.");
await post("Dirk", "Benieuwd naar de les van vandaag.");
await jump("Reageren op de les");
await lead.getByRole("button", { name: "Trek een les" }).click();
await post("Anna", "Bij ons hielp een vast aanspreekpunt enorm.", "Ervaring");
await post("Anna", "Wie bewaakt dat afspraken ook worden nagekomen?", "Vraag");
await post("Carla", "Een korte terugkoppeling na elk overleg, per mail.", "Idee");
await post("Bram", "Ik herken dat bewoners afhaken als er niets gebeurt.", "Ervaring");
await post("Dirk", "Samen met de bewonerscommissie de agenda maken.", "Idee");
await lead.getByRole("button", { name: /^Reacties tonen/ }).click();
await jump("Actiepunten");
await addActionPoint("Terugkoppeling na elk overleg invoeren");
await addActionPoint("Agenda samen met de commissie opstellen");
await lead.getByRole("button", { name: "Sessie afsluiten" }).click();
await lead.getByRole("link", { name: "Verslag" }).waitFor();

// Screenshot data: realistic minutes for the main session, the earlier sessions back in time.
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const minutes = [9, 12, 14, 31, 8, 0]; // look-back, check-in, lesson, discussion, actions, check-out
for (const [position, spent] of minutes.entries()) {
  await db.query(`UPDATE "SessionPhase" SET "spentMs" = $1 WHERE "sessionId" = $2 AND position = $3`, [
    spent * 60_000,
    main.id,
    position,
  ]);
}
for (const [index, id] of earlier.entries()) {
  const back = `${index === 0 ? 4 : 2} months`;
  await db.query(
    `UPDATE "IntervisionSession" SET "startedAt" = "startedAt" - $1::interval, "endedAt" = "endedAt" - $1::interval WHERE id = $2`,
    [back, id],
  );
  await db.query(
    `UPDATE "ActionPoint" SET "createdAt" = "createdAt" - $1::interval, "closedAt" = "closedAt" - $1::interval
     WHERE "sessionId" = $2`,
    [back, id],
  );
}
await db.end();

await lead.goto(`${base}/sessions/${main.id}/report`);
const insights = lead.getByTestId("report-insights");
await insights.scrollIntoViewIfNeeded();
await insights.screenshot({ path: `${out}/report-insights-nl.png` });
await lead.goto(`${groupUrl}/insights`);
await lead.screenshot({ path: `${out}/group-insights-nl.png`, fullPage: true });
await lead.getByTestId("language-switch").click();
await lead.locator("html[lang=en]").waitFor();
await lead.screenshot({ path: `${out}/group-insights-en.png`, fullPage: true });
await lead.goto(`${base}/sessions/${main.id}/report`);
await lead.getByTestId("report-insights").screenshot({ path: `${out}/report-insights-en.png` });
const narrow = await leadContext.newPage();
await narrow.setViewportSize({ width: 390, height: 844 });
await narrow.goto(`${groupUrl}/insights`);
await narrow.screenshot({ path: `${out}/group-insights-phone.png`, fullPage: true });
console.log(`report: ${base}/sessions/${main.id}/report, group: ${groupUrl}/insights`);
await browser.close();
