// Drives a short incident-method session against a running Kring (BASE, default http://localhost:3000)
// and takes screenshots of pitching, choosing, advice and action points:
//   node scripts/dev/intervision-screenshots.mjs
import { mkdirSync } from "node:fs";
import { fillPitch, joinAs, launchBrowser, openSessionAs, postReactions, voteFor } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 860 };
const leadContext = await browser.newContext({ viewport });
const lead = await leadContext.newPage();
const link = await openSessionAs(lead, base, { title: "Intervisie team Wonen, april", method: "Incidentmethode" });

const people = {};
for (const name of ["Anna", "Bram", "Carla"]) {
  const page = await joinAs(browser, link, name, viewport);
  people[name] = page;
}
const jump = (title) => lead.getByRole("button", { name: new RegExp(`^${title}`) }).click();
await lead.getByRole("button", { name: "Sessie starten" }).click();
await jump("Casussen inbrengen");
const cases = [
  [
    "Anna",
    "Bewonerscommissie haakt af",
    "Sinds de renovatie komen er nog maar twee leden naar het overleg. Hoe krijg ik ze weer aan tafel?",
  ],
  [
    "Carla",
    "Klachten over de schoonmaak",
    "Bewoners mailen mij direct over de schoonmaak in de flat. Hoe leid ik dat goed naar de beheerder?",
  ],
];
for (const [name, title, question] of cases) {
  const send = await fillPitch(people[name], title, question);
  if (name === "Carla") await people[name].screenshot({ path: `${out}/participant-pitch.png` });
  await send();
}
await jump("Casus kiezen");
await voteFor(people, ["Bram", "Carla"], "Bewonerscommissie haakt af");
await lead.getByText("2 stemmen").waitFor();
await lead.screenshot({ path: `${out}/cockpit-choose-case.png` });
await lead.getByRole("button", { name: "Kies deze casus: Bewonerscommissie haakt af" }).click();
await jump("Adviesronde");
await postReactions(people, [
  ["Bram", "Ga bij een van de leden thuis op de koffie en vraag wat er nodig is om weer te komen."],
  ["Carla", "Plan het overleg op een avond in de buurtkamer in plaats van overdag op kantoor."],
]);
const advice = people.Anna.getByTestId("reaction").filter({ hasText: "buurtkamer" });
await advice.getByRole("button", { name: "Bruikbaar" }).click();
await people.Anna.getByText("Bruikbaar volgens de inbrenger").waitFor();
await people.Anna.screenshot({ path: `${out}/participant-case-owner-advice.png` });
const projector = await leadContext.newPage();
await projector.setViewportSize({ width: 1280, height: 720 });
await projector.goto(lead.url().replace(/$/, "/projector"));
await projector.getByTestId("chosen-case").waitFor();
await projector.screenshot({ path: `${out}/projector-advice.png` });
await jump("Actiepunten");
const panel = people.Bram.getByTestId("action-points");
await panel.getByLabel("Naar aanleiding van").selectOption({ index: 2 });
await panel.getByLabel("Wat ga je doen?").fill("Overleg in de buurtkamer plannen, op een avond");
await panel.getByLabel("Eigenaar").selectOption({ label: "Anna" });
await panel.getByLabel("Deadline").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
await lead.getByTestId("action-point").waitFor();
await lead.screenshot({ path: `${out}/cockpit-action-points.png`, fullPage: true });
lead.once("dialog", (dialog) => void dialog.accept());
await lead.getByRole("button", { name: "Sessie afsluiten" }).click();
await lead.getByRole("link", { name: "Verslag" }).click();
await lead.getByTestId("report-round").first().waitFor();
await lead.screenshot({ path: `${out}/report.png`, fullPage: true });
// The printable report as downloaded (look at it with e.g. `pdftoppm -png report.pdf page`).
const pdf = lead.waitForEvent("download");
await lead.getByRole("link", { name: "Verslag (PDF, om te printen)" }).click();
await (await pdf).saveAs(`${out}/report.pdf`);
await browser.close();
console.log(`screenshots in ${out}`);
