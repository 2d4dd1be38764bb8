import { expect, test } from "@playwright/test";
import { joinByLink, openSession } from "./live-fixtures";

test("a participant's screen is the session only: its tab names the phase, marks news, and Ctrl+Enter sends", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Alleen de sessie" });
  const cockpit = lead.page;
  const anna = await joinByLink(browser, lead.link, "Anna");
  const page = anna.page;

  // No site menu, no sign-up links: the session, a language switch and a way out.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Account maken" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Verlaten" })).toHaveAttribute("href", "/");
  await expect(page).toHaveTitle("Open voor deelnemers · Alleen de sessie · Kring");

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await expect(page).toHaveTitle("Check-in · Alleen de sessie · Kring");

  // The tab in the background: the next phase puts a mark in its title; looking again takes it away.
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expect(page).toHaveTitle("● Reageren op de les · Alleen de sessie · Kring");
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => false });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(page).toHaveTitle("Reageren op de les · Alleen de sessie · Kring");

  // Ctrl+Enter sends what is typed, once.
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  const box = page.getByPlaceholder("Schrijf hier je reactie…");
  await box.fill("Verstuurd met het toetsenbord.");
  await box.press("Control+Enter");
  await expect(page.getByTestId("own-reaction")).toHaveCount(1);
  await expect(page.getByTestId("own-reaction")).toContainText("Verstuurd met het toetsenbord.");
  await expect(box).toHaveValue("");

  // In English too, from the session's own header.
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("link", { name: "Leave" })).toBeVisible();
  await expect(page).toHaveTitle("Reacting to the lesson · Alleen de sessie · Kring");

  for (const context of [anna.context, lead.context]) await context.close();
});
