import { expect, test } from "@playwright/test";

test("a participant typing a wrong or unknown code gets a clear message and can try again", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Sessiecode").fill("abc");
  await page.getByRole("button", { name: "Deelnemen" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Een sessiecode bestaat uit 8 letters en cijfers, zoals K7M2-Q9XD.",
  );

  await page.getByLabel("Sessiecode").fill("k7m2 q9xd");
  await page.getByRole("button", { name: "Deelnemen" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Er is geen open sessie met code K7M2-Q9XD. Controleer de code bij je gespreksleider.",
  );
  await expect(page.getByLabel("Sessiecode")).toHaveValue("k7m2 q9xd");
});
