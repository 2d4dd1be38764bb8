import { expect, type Page, test } from "@playwright/test";
import { GOOD_PASSWORD, signUp, uniqueEmail } from "./fixtures";

const submitSignUp = (page: Page) => page.locator("main").getByRole("button", { name: "Account maken" }).click();
const submitSignIn = (page: Page) => page.locator("main").getByRole("button", { name: "Inloggen" }).click();

/**
 * Submits a form that will be refused, and waits until the server action has answered and the
 * form has settled (React resets it then): typing before that would be wiped, as for a person.
 */
async function submitRefused(page: Page, name: string) {
  const button = page.locator("main").getByRole("button", { name });
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), button.click()]);
  await expect(button).toBeEnabled();
}

test("a facilitator signs up, sees the dashboard, signs out, and signs in again", async ({ page }) => {
  const email = uniqueEmail("anna");
  await page.goto("/");
  await page.getByRole("link", { name: "Account maken" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Account maken" })).toBeVisible();

  // Empty and weak input: each field explains itself, nothing is created.
  await submitRefused(page, "Account maken");
  await expect(page.getByText("Vul je naam in.")).toBeVisible();
  await expect(page.getByText("Vul een geldig e-mailadres in")).toBeVisible();
  await page.getByLabel("Naam").fill("Anna de Vries");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("kort1");
  await submitRefused(page, "Account maken");
  await expect(page.getByText("Je wachtwoord moet minstens 10 tekens hebben.")).toBeVisible();
  await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam")).toHaveValue("Anna de Vries");
  await page.getByLabel("Wachtwoord").fill("alleenletters");
  await submitRefused(page, "Account maken");
  await expect(page.getByText("Gebruik letters én minstens één cijfer of leesteken.")).toBeVisible();

  // A common password, or one dressed up with digits and a symbol, is refused.
  await page.getByLabel("Wachtwoord").fill("Password1!");
  await submitRefused(page, "Account maken");
  await expect(page.getByText("Dit wachtwoord (of een variant ervan) staat in de lijst")).toBeVisible();

  await page.getByLabel("Wachtwoord").fill(GOOD_PASSWORD);
  await submitSignUp(page);
  // Made, but not signed in: the same page follows for an address that already had an account.
  await page.waitForURL("**/signin?registered=1");
  await expect(page.getByRole("status")).toContainText("Als dit e-mailadres nog niet bij Kring bekend was");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(GOOD_PASSWORD);
  await submitSignIn(page);
  await page.waitForURL("**/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Anna de Vries" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Je hebt nog geen sessies" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Incidentmethode" })).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/dashboard");
  await page.waitForURL("**/signin?callbackUrl=%2Fdashboard");

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("bewoners-2025");
  await submitRefused(page, "Inloggen");
  const refusal = "Dit e-mailadres en wachtwoord horen niet bij elkaar, of er is geen account met dit adres.";
  await expect(page.locator("main").getByRole("alert")).toHaveText(refusal);

  // An address without an account gets the very same answer.
  await page.getByLabel("E-mailadres").fill(uniqueEmail("nobody"));
  await page.getByLabel("Wachtwoord").fill(GOOD_PASSWORD);
  await submitRefused(page, "Inloggen");
  await expect(page.locator("main").getByRole("alert")).toHaveText(refusal);

  await page.getByLabel("E-mailadres").fill(email.toUpperCase());
  await page.getByLabel("Wachtwoord").fill(GOOD_PASSWORD);
  await submitSignIn(page);
  await page.waitForURL("**/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Anna de Vries" })).toBeVisible();
});

test("signing up with a taken address makes no second account and does not say it is taken", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("bram");
  await signUp(page, { name: "Bram", email });

  const other = await browser.newPage();
  await other.goto("/signup");
  await other.getByLabel("Naam").fill("Someone else");
  await other.getByLabel("E-mailadres").fill(email);
  await other.getByLabel("Wachtwoord").fill("een-ander-wachtwoord-9");
  await submitSignUp(other);
  // The same page and notice as for a new address ...
  await other.waitForURL("**/signin?registered=1");
  await expect(other.getByRole("status")).toContainText("Als dit e-mailadres nog niet bij Kring bekend was");
  await expect(other.getByText("Er is al een account")).toHaveCount(0);
  // ... but no account was taken over: the other password does not open Bram's.
  await other.getByLabel("E-mailadres").fill(email);
  await other.getByLabel("Wachtwoord").fill("een-ander-wachtwoord-9");
  await submitRefused(other, "Inloggen");
  await expect(other).toHaveURL(/\/signin/);
  await other.close();
});

test("repeated wrong passwords for one account are slowed down", async ({ page, browser }) => {
  const email = uniqueEmail("carla");
  const signUpPage = await browser.newPage();
  await signUp(signUpPage, { name: "Carla", email });
  await signUpPage.close();

  await page.goto("/signin");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(`wrong-password-${attempt}`);
    await submitRefused(page, "Inloggen");
    await expect(page.locator("main").getByRole("alert")).toContainText("horen niet bij elkaar");
  }
  // Even the right password waits now: the address must slow down first.
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(GOOD_PASSWORD);
  await submitSignIn(page);
  await expect(page.locator("main").getByRole("alert")).toContainText(
    /Te veel mislukte pogingen\. Probeer het over \d+ seconden opnieuw\./,
  );
  await expect(page).toHaveURL(/\/signin/);
});

test("the dashboard is only for signed-in facilitators", async ({ page }) => {
  const response = await page.goto("/dashboard");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen als gespreksleider" })).toBeVisible();
});
