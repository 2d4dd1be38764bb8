import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A unique email per test, so tests never share an account (the database may be reused). */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.org`;
}

export const GOOD_PASSWORD = "bewoners-2026";

/**
 * Signs up through the form, then signs in (sign-up does not sign in: it must not tell a new address
 * from a taken one) and waits for the dashboard.
 */
export async function signUp(
  page: Page,
  { name, email, password = GOOD_PASSWORD }: { name: string; email: string; password?: string },
) {
  await page.goto("/signup");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Account maken" }).last().click();
  await page.waitForURL("**/signin?registered=1");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.locator("main").getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL("**/dashboard");
}

/** Waits until the page is no wider than the window: nothing sticks out sideways (a chart may scroll in its own box). */
export async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${page.url()} is wider than the window`,
    })
    .toBeLessThanOrEqual(0);
}
