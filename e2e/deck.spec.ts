import { expect, test } from "@playwright/test";

test("anyone browses the lesson deck in Dutch, switches to English, and the choice is kept", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Lessen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lessen" })).toBeVisible();
  await expect(page.getByText("24 lessen")).toBeVisible();
  await page.getByRole("link", { name: "Bekijk lessen" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Intervisielessen professioneel participeren" }),
  ).toBeVisible();
  const themes = page.getByRole("navigation", { name: "Thema's" });
  await expect(themes.getByRole("link")).toHaveText([
    "Intern draagvlak",
    "Leg verbindingen",
    "De juiste verwachtingen",
    "Extern draagvlak",
  ]);
  await expect(page.getByTestId("lesson")).toHaveCount(24);
  await expect(page.getByTestId("lesson").first()).toContainText(
    "Zoek collega's die ambassadeur willen en kunnen zijn.",
  );
  await expect(page.getByText("Een vast contactpersoon (een gezicht namens de corporatie) helpt.")).toBeVisible();
  await themes.getByRole("link", { name: "Extern draagvlak" }).click();
  await expect(page).toHaveURL(/#theme-4$/);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/decks\/professioneel-participeren-2012$/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Intervisielessen professioneel participeren");
  await expect(page.getByRole("navigation", { name: "Themes" }).getByRole("link")).toHaveCount(4);
  await expect(page.getByTestId("lesson")).toHaveCount(24);
  await expect(page.getByText("Zoek collega's die ambassadeur willen en kunnen zijn.")).toHaveCount(0);
  await expect(
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Lessons" }),
  ).toBeVisible();

  // Kept across a reload and on other pages.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Join a session" })).toBeVisible();

  await page.getByRole("button", { name: "Naar Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { name: "Deelnemen aan een sessie" })).toBeVisible();
});
