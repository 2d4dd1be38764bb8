import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expectNoSidewaysScroll, signUp, uniqueEmail } from "./fixtures";
import { joinByLink, jumpTo } from "./live-fixtures";

async function post(page: Page, text: string, kind?: string) {
  if (kind) await page.getByLabel(kind, { exact: true }).check();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByText(text).first()).toBeVisible();
}

test("the report's insights chart who contributed what without naming anonymous authors, and the group's insights chart its months", async ({
  browser,
}) => {
  test.slow();
  const leadContext = await browser.newContext();
  const cockpit = await leadContext.newPage();
  await signUp(cockpit, { name: "Marieke", email: uniqueEmail("marieke") });
  await cockpit.goto("/groups/new");
  await cockpit.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await cockpit.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await cockpit.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const groupPath = new URL(cockpit.url()).pathname;
  await cockpit.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await cockpit.getByLabel("Titel").fill("Intervisie mei");
  await cockpit.getByRole("button", { name: "Sessie openen" }).click();
  await cockpit.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");
  const sessionPath = new URL(cockpit.url()).pathname;
  const link = (await cockpit.getByTestId("join-link").first().getAttribute("href")) ?? "";

  // Reactions to the lesson are anonymous in this session; check-ins carry a name.
  await cockpit.getByRole("link", { name: "Fasenplan aanpassen" }).click();
  const lessonRound = cockpit.getByTestId("plan-phase").filter({ hasText: "Reageren op de les" });
  await lessonRound.locator("summary").click();
  await lessonRound.getByLabel("Anoniem").check();
  await cockpit.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(cockpit.getByText("Het plan is opgeslagen.")).toBeVisible();
  await cockpit.goto(sessionPath);
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");

  const anna = await joinByLink(browser, link, "Anna");
  const bram = await joinByLink(browser, link, "Bram");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await post(anna.page, "Zin in vandaag.");
  await jumpTo(cockpit, "Reageren op de les");
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  await post(anna.page, "Een vast aanspreekpunt hielp bij ons.", "Ervaring");
  await post(anna.page, "Wie bewaakt de afspraken?", "Vraag");
  await post(bram.page, "Samen de agenda maken.", "Idee");
  await cockpit.getByRole("button", { name: "Reacties tonen (3)" }).click();
  await expect(bram.page.getByTestId("reaction")).toHaveCount(3);
  await jumpTo(cockpit, "Actiepunten");
  // The current phase's button is disabled; the panel has moved into the main column by then.
  await expect(cockpit.getByRole("button", { name: /^Actiepunten/ })).toBeDisabled();
  const panel = cockpit.getByTestId("action-points");
  await panel.getByLabel("Wat ga je doen?").fill("Agenda samen opstellen");
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(cockpit.getByTestId("action-point")).toContainText("Agenda samen opstellen");
  await cockpit.getByLabel("Status van Agenda samen opstellen").selectOption("done");
  await expect(cockpit.getByLabel("Status van Agenda samen opstellen")).toHaveValue("done");
  cockpit.once("dialog", (dialog) => void dialog.accept());
  await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();
  await cockpit.getByRole("link", { name: "Verslag" }).click();

  // Who contributed what: Anna's check-in under her name, the three anonymous reactions together only,
  // even though two of them are hers.
  const insights = cockpit.getByTestId("report-insights");
  await expect(insights.getByRole("heading", { name: "Wie droeg wat bij" })).toBeVisible();
  const participation = insights.getByRole("img", { name: /^Bijdragen per persoon\./ });
  await expect(participation).toHaveAccessibleName("Bijdragen per persoon. Anna: 1; Bram: 0; anoniem: 3.");
  const rows = insights.getByTestId("participation-chart").getByTestId("chart-row");
  await expect(rows).toHaveText(["Anna1", "Bram0", "Anoniem3"]);
  await expect(insights.getByText("4 bijdragen in totaal, waarvan 3 anoniem.")).toBeVisible();
  // Time per phase: every phase of the plan against its planned minutes.
  const phases = insights.getByRole("img", { name: /^Gebruikte tijd per fase, tegen het plan\./ });
  await expect(phases).toHaveAccessibleName(
    /Check-in: (<1|\d+) van 10 minuten; Reageren op de les: (<1|\d+) van 10 minuten;/,
  );
  await expect(insights.getByTestId("phase-time-chart").getByTestId("chart-row")).toHaveCount(5);
  expect(await seriousViolations(cockpit), "report with insights").toEqual([]);
  await cockpit.getByTestId("language-switch").click();
  await expect(insights.getByRole("img", { name: /^Contributions per person\./ })).toHaveAccessibleName(
    "Contributions per person. Anna: 1; Bram: 0; anonymous: 3.",
  );
  expect(await seriousViolations(cockpit), "report with insights, in English").toEqual([]);
  await cockpit.getByTestId("language-switch").click();
  await expect(cockpit.locator("html")).toHaveAttribute("lang", "nl");

  // The summary above it: the lesson dealt and the action point, and nobody's name (the lesson's
  // reactions were anonymous).
  const summary = cockpit.getByTestId("report-summary");
  await expect(summary.getByTestId("summary-lesson")).toHaveCount(1);
  await expect(summary.getByTestId("summary-action-point")).toHaveText(
    "Agenda samen opstellen Eigenaar: Nog niemand Geen datum Gedaan",
  );
  await expect(summary).not.toContainText("Anna");
  await expect(summary).not.toContainText("Bram");
  // On a phone and on a laptop the report with its charts fits the window; a chart scrolls in its own box.
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ]) {
    await cockpit.setViewportSize(viewport);
    await expect(insights.getByTestId("phase-time-chart")).toBeVisible();
    await expectNoSidewaysScroll(cockpit);
  }

  // The group's insights, from the group page: one session, one lesson, one action point made and closed.
  await cockpit.goto(groupPath);
  await cockpit.getByRole("link", { name: "Inzichten" }).click();
  await cockpit.waitForURL(`**${groupPath}/insights`);
  await expect(cockpit.getByRole("heading", { level: 1, name: "Intervisie team Wonen" })).toBeVisible();
  await expect(cockpit.getByTestId("stat-sessions")).toHaveText(/Sessies gehouden\s*1/);
  await expect(cockpit.getByTestId("stat-lessons")).toHaveText(/Verschillende lessen gebruikt\s*1/);
  await expect(cockpit.getByTestId("stat-opened")).toHaveText(/Actiepunten gemaakt\s*1/);
  await expect(cockpit.getByTestId("stat-closed")).toHaveText(/Actiepunten afgesloten\s*1/);
  await expect(cockpit.getByTestId("stat-open")).toHaveText(/Actiepunten nog open\s*0/);
  await expect(cockpit.getByRole("img", { name: /^Sessies per maand\./ })).toHaveAccessibleName(
    /^Sessies per maand\. [a-z]+ \d{4}: 1\.$/,
  );
  await expect(cockpit.getByRole("img", { name: /^Actiepunten per maand\./ })).toHaveAccessibleName(
    /^Actiepunten per maand\. [a-z]+ \d{4}: 1 gemaakt, 1 afgesloten\.$/,
  );
  await expect(cockpit.getByTestId("actions-chart").getByTestId("chart-value")).toHaveText(["1", "1"]);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ]) {
    await cockpit.setViewportSize(viewport);
    await expect(cockpit.getByTestId("actions-chart")).toBeVisible();
    await expectNoSidewaysScroll(cockpit);
  }

  // Another facilitator, and a made-up id, get the same "page not found".
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await signUp(other, { name: "Olaf", email: uniqueEmail("olaf") });
  for (const path of [`${groupPath}/insights`, "/groups/does-not-exist/insights"]) {
    await other.goto(path);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
    await expect(other.getByText("Intervisie team Wonen")).toHaveCount(0);
  }
  for (const context of [stranger, anna.context, bram.context, leadContext]) await context.close();
});
