// Screenshots of a group's "Begeleiders" card against a running Kring (BASE, default
// http://localhost:3000): the owner's view with a co-facilitator, a refused email and the remove
// confirmation open, and the co-facilitator's own view with "Verlaat deze groep" open:
//   node scripts/dev/facilitators-screenshots.mjs
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { launchBrowser, submitSignUp } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 860 };
const suffix = randomBytes(3).toString("hex");

async function signUp(name, email) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${base}/signup`);
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("bewoners-2026");
  await submitSignUp(page);
  return page;
}

const owner = await signUp("Marieke Jansen", `marieke-${suffix}@corporatie.nl`);
const sanneEmail = `sanne-${suffix}@corporatie.nl`;
const sanne = await signUp("Sanne de Boer", sanneEmail);

await owner.goto(`${base}/groups/new`);
await owner.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
await owner.getByLabel("Beschrijving").fill("Eens per maand, op dinsdagmiddag.");
await owner.locator("main").getByRole("button", { name: "Groep maken" }).click();
await owner.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
const groupUrl = owner.url();
const addMember = owner.getByRole("form", { name: "Lid toevoegen" });
for (const [name, email] of [
  ["Anna de Vries", "anna@corporatie.nl"],
  ["Bram Koper", ""],
  ["Carla Smit", "carla@corporatie.nl"],
]) {
  await addMember.getByLabel("Naam").fill(name);
  await addMember.getByLabel("E-mailadres").fill(email);
  await addMember.getByRole("button", { name: "Lid toevoegen" }).click();
  await owner.getByTestId("member").filter({ hasText: name }).waitFor();
}

const share = owner.getByRole("form", { name: "Begeleider toevoegen" });
await share.getByLabel("E-mailadres van hun Kring-account").fill(sanneEmail.toUpperCase());
await share.getByRole("button", { name: "Groep delen" }).click();
await share.getByRole("status").filter({ hasText: "deelt nu deze groep" }).waitFor();
await owner.locator("#facilitators").scrollIntoViewIfNeeded();
await owner.screenshot({ path: `${out}/group-facilitators.png`, fullPage: true });

// A colleague without an account, and the remove confirmation, open.
await share.getByLabel("E-mailadres van hun Kring-account").fill("joost@corporatie.nl");
await share.getByRole("button", { name: "Groep delen" }).click();
await share.getByText("Er is geen Kring-account met dit e-mailadres", { exact: false }).waitFor();
await owner.locator("#facilitators summary").first().click();
await owner.locator("#facilitators").screenshot({ path: `${out}/group-facilitators-owner.png` });

// Sanne's view: the group is in her list; she may leave it.
await sanne.goto(groupUrl);
await sanne.locator("#facilitators summary").click();
await sanne.locator("#facilitators").screenshot({ path: `${out}/group-facilitators-shared.png` });
await sanne.getByTestId("language-switch").click();
await sanne.locator("html[lang=en]").waitFor();
await sanne.locator("#facilitators summary").click();
await sanne.locator("#facilitators").screenshot({ path: `${out}/group-facilitators-shared-en.png` });

await browser.close();
console.log(`screenshots in ${out}/group-facilitators*.png`);
