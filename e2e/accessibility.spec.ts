import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signUp, uniqueEmail } from "./fixtures";

for (const path of ["/", "/signin", "/signup", "/decks", "/decks/professioneel-participeren-2012", "/join?code=x"]) {
  test(`no serious accessibility problems on ${path}, in Dutch and English`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("no serious accessibility problems on the dashboard, and it works from the keyboard", async ({ page }) => {
  await signUp(page, { name: "Dewi", email: uniqueEmail("dewi") });
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
