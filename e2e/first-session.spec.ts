import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signUp, uniqueEmail } from "./fixtures";
import { readQrCode } from "./live-fixtures";

test("a new facilitator goes from the overview to a running session in three clicks, with links for the address they used", async ({
  browser,
}, testInfo) => {
  // Opened by IP address rather than by name: every link and the QR code must say the same.
  const base = String(testInfo.project.use.baseURL).replace("localhost", "127.0.0.1");
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await signUp(page, { name: "Noor", email: uniqueEmail("noor") });

  // Click 1: the empty overview offers a first session.
  await page.getByRole("link", { name: "Start je eerste sessie" }).click();
  await expect(page.getByLabel("Titel")).toHaveValue(/^Intervisie \d{1,2} \S+ \d{4}$/);
  const summary = page.getByTestId("method-summary");
  const first = (await summary.textContent()) ?? "";
  expect(first.length).toBeGreaterThan(20);
  await page.getByLabel("Werkvorm").selectOption({ label: "Incidentmethode" });
  await expect(summary).not.toHaveText(first);
  await page.getByLabel("Werkvorm").selectOption({ index: 0 });
  expect(await seriousViolations(page)).toEqual([]);

  // Click 2: open it. The join link and the QR code carry this address, right away.
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  const link = page.getByTestId("join-link").first();
  await expect(link).toHaveAttribute("href", new RegExp(`^${base.replaceAll(".", "\\.")}/join/`));
  await expect(page.getByTestId("lobby-checklist")).toBeVisible();
  expect(await readQrCode(page)).toBe(await link.getAttribute("href"));

  // Click 3: start.
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await expect(page.getByText(/^Fase 1 van \d+/)).toBeVisible();
  await context.close();
});
