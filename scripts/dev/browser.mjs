// Chromium for the screenshot scripts: Debian's when it is there, Playwright's own otherwise.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function launchBrowser() {
  return chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
}

/**
 * Signs a new facilitator up on `page` and opens a session (with `method`, when given); resolves
 * once the cockpit is connected, with the participants' join link.
 */
export async function openSessionAs(page, base, { title, method }) {
  await page.goto(`${base}/signup`);
  await page.getByLabel("Naam").fill("Marieke Jansen");
  await page.getByLabel("E-mailadres").fill(`marieke-${randomBytes(3).toString("hex")}@example.org`);
  await page.getByLabel("Wachtwoord").fill("bewoners-2026");
  await submitSignUp(page);
  await page.getByRole("link", { name: "Nieuwe sessie" }).click();
  await page.getByLabel("Titel").fill(title);
  if (method) await page.getByLabel("Werkvorm").selectOption({ label: method });
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  return page.getByTestId("join-link").first().getAttribute("href");
}

/** A participant on a page of their own, joined by `link` under `name`; resolves on their live screen. */
export async function joinAs(browser, link, name, viewport) {
  const page = await browser.newPage({ viewport });
  await page.goto(link);
  await page.getByLabel("Je naam").fill(name);
  await page.getByLabel("Ik houd me aan deze afspraken").check();
  await page.getByRole("button", { name: "Meedoen" }).click();
  await page.waitForURL(/\/live\//);
  return page;
}

/**
 * Submits a filled sign-up form and signs in with the same details: sign-up never signs in by
 * itself (it must not tell whether an address was new), so a new facilitator signs in next.
 */
export async function submitSignUp(page) {
  const email = await page.getByLabel("E-mailadres").inputValue();
  const password = await page.getByLabel("Wachtwoord").inputValue();
  await page.locator("main").getByRole("button", { name: "Account maken" }).click();
  await page.waitForURL("**/signin?registered=1");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.locator("main").getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL("**/dashboard");
}

/**
 * Fills a participant's "bring in a case" form, with the three checks ticked. Resolves to a
 * function that sends it and waits for the confirmation (a screenshot can come in between).
 */
export async function fillPitch(page, title, question) {
  const pitch = page.getByRole("region", { name: "Breng een casus in" });
  await pitch.getByLabel("Titel").fill(title);
  await pitch.getByLabel("Je vraag aan de groep").fill(question);
  for (const check of [
    "Het speelt nu (actueel)",
    "Het gaat om een concrete situatie",
    "Het is mijn eigen vraag, ik ben er zelf bij betrokken",
  ]) {
    await pitch.getByLabel(check).check();
  }
  return async () => {
    await pitch.getByRole("button", { name: "Casus inbrengen" }).click();
    await pitch.getByRole("status").waitFor();
  };
}

/** Each participant page in `people` (by name) writes and sends its text: `[name, text]` pairs. */
export async function postReactions(people, entries) {
  for (const [name, text] of entries) {
    await people[name].getByRole("textbox", { name: "Jouw reactie" }).fill(text);
    await people[name].getByRole("button", { name: "Versturen" }).click();
  }
}

/** Each named participant page in `people` votes for the case titled `title`. */
export async function voteFor(people, names, title) {
  for (const name of names) await people[name].getByRole("button", { name: `Stem op deze casus: ${title}` }).click();
}
