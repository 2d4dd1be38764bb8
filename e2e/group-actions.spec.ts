import { expect, type Page, test } from "@playwright/test";
import { groupWithActionPoints } from "./action-fixtures";
import { signUp, uniqueEmail } from "./fixtures";

const section = (page: Page, name: "overdue" | "open" | "done") => page.getByTestId(`overview-${name}`);

test("the group's action points: filter by owner, mark done (the running session follows), back to the reaction", async ({
  browser,
}) => {
  test.slow();
  const { leadContext, cockpit, groupUrl, bram, others } = await groupWithActionPoints(browser);

  // From the group page to the overview, in a second tab; the cockpit stays open.
  const overview = await leadContext.newPage();
  await overview.goto(groupUrl);
  await overview.getByRole("link", { name: "Actiepunten" }).click();
  await expect(overview.getByRole("heading", { level: 1 })).toHaveText("Actiepunten · Team Zuid");
  await expect(section(overview, "overdue")).toContainText("Niets is te laat.");
  await expect(section(overview, "open").getByTestId("overview-point")).toHaveText([
    /Zaal in de buurtkamer reserveren.*Eigenaar: Bram/,
    /Koffie drinken bij de voorzitter.*Eigenaar: Anna de Vries/,
  ]);
  await expect(section(overview, "open").getByTestId("overview-point").first()).toContainText(
    "Sessie: Intervisie november",
  );

  // Only Bram's.
  await overview.getByLabel("Eigenaar", { exact: true }).selectOption({ label: "Bram (1 open)" });
  await overview.getByRole("button", { name: "Tonen" }).click();
  await expect(overview).toHaveURL(/owner=name%3ABram/);
  await expect(overview.getByText("Je ziet de actiepunten van Bram.")).toBeVisible();
  await expect(section(overview, "open").getByTestId("overview-point")).toHaveText([/Zaal in de buurtkamer/]);

  // Done: it moves to done, the filter stays, and the session's screens show it at once.
  await overview.getByRole("button", { name: "Markeer als gedaan: Zaal in de buurtkamer reserveren" }).click();
  await expect(overview.getByRole("status")).toHaveText("Gedaan: Zaal in de buurtkamer reserveren");
  await expect(section(overview, "open")).toContainText("Er staat niets meer open.");
  await expect(section(overview, "done").getByTestId("overview-point")).toHaveText([/Zaal in de buurtkamer/]);
  await expect(overview).toHaveURL(/owner=name%3ABram/);
  await expect(cockpit.getByLabel("Status van Zaal in de buurtkamer reserveren")).toHaveValue("done");
  // Bram, in the session, sees his point done too.
  await expect(bram.getByLabel("Status van Zaal in de buurtkamer reserveren")).toHaveValue("done");

  // Everyone again; from Anna's point to the advice it came from, in the report.
  await overview.getByRole("link", { name: "Iedereen tonen" }).click();
  await overview
    .getByTestId("overview-point")
    .filter({ hasText: "Koffie drinken" })
    .getByRole("link", { name: "“Ga bij een van de leden thuis op de koffie.”" })
    .click();
  await expect(overview).toHaveURL(/\/sessions\/[^/]+\/report#reaction-/);
  const target = overview.locator(":target");
  await expect(target).toHaveAttribute("data-testid", "report-reaction");
  await expect(target).toContainText("Ga bij een van de leden thuis op de koffie. — Bram");
  await expect(target).toBeInViewport();

  for (const page of others) await page.context().close();
  await leadContext.close();
});

test("marking done and reopening work without JavaScript; a foreign group is not found", async ({ browser }) => {
  test.slow();
  const { leadContext, groupUrl, others } = await groupWithActionPoints(browser);
  for (const page of others) await page.context().close();
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await leadContext.storageState() });
  const page = await plain.newPage();
  await page.goto(`${groupUrl}/actions`);
  await page.getByRole("button", { name: "Markeer als gedaan: Koffie drinken bij de voorzitter" }).click();
  await expect(page.getByRole("status")).toHaveText("Gedaan: Koffie drinken bij de voorzitter");
  await expect(section(page, "done").getByTestId("overview-point")).toHaveText([/Koffie drinken/]);
  await page.getByRole("button", { name: "Zet weer open: Koffie drinken bij de voorzitter" }).click();
  await expect(page.getByRole("status")).toHaveText("Weer open: Koffie drinken bij de voorzitter");
  await expect(section(page, "open").getByTestId("overview-point")).toHaveCount(2);

  // A malformed owner filter is ignored, and says so.
  await page.goto(`${groupUrl}/actions?owner=name%3ANiemand`);
  await expect(page.getByText("Die eigenaar hoort niet bij de actiepunten van deze groep.")).toBeVisible();
  await expect(section(page, "open").getByTestId("overview-point")).toHaveCount(2);

  // Another facilitator sees nothing of it: the same page as for a group that does not exist.
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, { name: "Sam", email: uniqueEmail("sam") });
  const response = await stranger.goto(`${groupUrl}/actions`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(stranger.getByText("Team Zuid")).toHaveCount(0);
  await stranger.context().close();
  await plain.close();
  await leadContext.close();
});
