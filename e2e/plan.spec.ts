import { expect, type Page, test } from "@playwright/test";
import { joinAs, newParticipantPage, openSession } from "./live-fixtures";

const phaseTitles = (page: Page) => page.getByTestId("phase-title").allTextContents();

test("a facilitator reorders, renames and retimes the plan in the lobby, saves it as a method, and runs it", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Intervisie april" });
  const cockpit = lead.page;
  const participant = await newParticipantPage(browser);
  await participant.page.goto(lead.link);
  await joinAs(participant.page, "Anna");

  await cockpit.getByRole("link", { name: "Fasenplan aanpassen" }).click();
  await cockpit.waitForURL(/\/plan$/);
  await expect(cockpit.getByRole("heading", { level: 1, name: "Fasenplan" })).toBeVisible();
  const phases = cockpit.getByTestId("plan-phase");
  await expect(phases).toHaveCount(5);
  await expect(cockpit.getByRole("heading", { name: "5 fasen · 60 minuten in totaal" })).toBeVisible();

  // Move "Bespreken" up, from the keyboard: focus stays on the button, so Enter twice moves it twice.
  const up = cockpit.getByRole("button", { name: "Bespreken omhoog" });
  await up.focus();
  await cockpit.keyboard.press("Enter");
  await expect(cockpit.getByRole("button", { name: "Bespreken omhoog" })).toBeFocused();
  await cockpit.keyboard.press("Enter");
  await expect(phases.first().getByRole("heading")).toContainText("Bespreken");

  // Rename it in both languages and make it shorter.
  const first = phases.first();
  await first.getByLabel("Naam (Nederlands)").fill("Open gesprek");
  await first.getByLabel("Naam (Engels)").fill("Open conversation");
  await first.getByLabel("Duur in minuten").fill("15");
  await expect(cockpit.getByText("Je hebt wijzigingen die nog niet zijn opgeslagen.")).toBeVisible();
  // Its timer starts by itself when the phase begins.
  await first.getByText("Regels", { exact: true }).click();
  await first.getByLabel("De timer start vanzelf").check();

  // A mistake is explained next to the field, and nothing is sent.
  await first.getByLabel("Duur in minuten").fill("0");
  await cockpit.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(first.getByText("Kies een duur van 1 tot 180 minuten.")).toBeVisible();
  await expect(first.getByLabel("Duur in minuten")).toHaveAttribute("aria-invalid", "true");
  await first.getByLabel("Duur in minuten").fill("15");

  // Saving as a method waits for the plan to be saved first.
  await cockpit.getByLabel("Naam van de werkvorm (Nederlands)").fill("Open lessenronde");
  await cockpit.getByLabel("Naam van de werkvorm (Engels)").fill("Open lessons round");
  await cockpit.getByRole("button", { name: "Opslaan als eigen werkvorm" }).click();
  await expect(cockpit.getByText("Sla eerst je wijzigingen aan het plan op.")).toBeVisible();

  await cockpit.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(cockpit.getByRole("status").filter({ hasText: "Het plan is opgeslagen." })).toBeVisible();
  await expect(cockpit.getByRole("heading", { name: "5 fasen · 50 minuten in totaal" })).toBeVisible();

  await cockpit.getByRole("button", { name: "Opslaan als eigen werkvorm" }).click();
  await expect(cockpit.getByText("Opgeslagen als werkvorm “Open lessenronde”.")).toBeVisible();
  // The same name again is refused, with a clear message.
  await cockpit.getByLabel("Naam van de werkvorm (Nederlands)").fill("open lessenronde");
  await cockpit.getByLabel("Naam van de werkvorm (Engels)").fill("Another");
  await cockpit.getByRole("button", { name: "Opslaan als eigen werkvorm" }).click();
  await expect(cockpit.getByText("Er is al een werkvorm met deze naam. Kies een andere naam.")).toBeVisible();

  // Back in the cockpit: the new order; start, and the first phase is the renamed one.
  await cockpit.getByRole("link", { name: "Terug naar de cockpit" }).click();
  await cockpit.waitForURL(/\/sessions\/[^/]+$/);
  await expect
    .poll(() => phaseTitles(cockpit))
    .toEqual(["Open gesprek", "Check-in", "Reageren op de les", "Actiepunten", "Check-out"]);
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await expect(cockpit.getByText("Fase 1 van 5")).toBeVisible();
  await expect(cockpit.locator("[aria-current=step]").getByTestId("phase-title")).toHaveText("Open gesprek");
  await expect(cockpit.getByRole("button", { name: "Pauze" })).toBeVisible();
  await expect(cockpit.getByTestId("timer")).toHaveText(/^1[45]:\d\d$/);
  await expect(participant.page.getByText("Open gesprek").first()).toBeVisible();

  // Once started, the plan is fixed.
  await cockpit.goto(`/sessions/${lead.sessionId}/plan`);
  await expect(cockpit.getByText("De sessie is begonnen: het fasenplan ligt vast.")).toBeVisible();
  await expect(cockpit.getByRole("button", { name: "Plan opslaan" })).toHaveCount(0);

  // The saved method is offered for the next session, with its plan.
  await cockpit.goto("/sessions/new");
  await cockpit.getByLabel("Titel").fill("Intervisie mei");
  await cockpit.getByLabel("Werkvorm").selectOption({ label: "Open lessenronde" });
  await cockpit.getByRole("button", { name: "Sessie openen" }).click();
  await cockpit.waitForURL(/\/sessions\/[^/]+$/);
  await expect
    .poll(() => phaseTitles(cockpit))
    .toEqual(["Open gesprek", "Check-in", "Reageren op de les", "Actiepunten", "Check-out"]);
  await participant.context.close();
  await lead.context.close();
});

test("the plan editor works in English too, and adds and removes phases", async ({ browser }) => {
  const lead = await openSession(browser, { title: "Peer review" });
  const page = lead.page;
  await lead.context.addCookies([{ name: "kring-locale", value: "en", url: page.url() }]);
  await page.goto(`/sessions/${lead.sessionId}/plan`);
  await expect(page.getByRole("heading", { level: 1, name: "Phase plan" })).toBeVisible();
  const phases = page.getByTestId("plan-phase");
  await expect(phases).toHaveCount(5);

  await page.getByRole("button", { name: "Move Check-in down" }).click();
  await phases.nth(0).getByLabel("Name (English)").fill("Lessons first");
  await phases.nth(0).getByLabel("Duration in minutes").fill("20");
  await page.getByRole("button", { name: "Remove Check-out" }).click();
  await page.getByLabel("Kind of the new phase").selectOption({ label: "Evaluation" });
  await page.getByRole("button", { name: "Add a phase" }).click();
  await expect(phases).toHaveCount(5);
  const added = phases.last();
  await expect(added.getByLabel("Name (Dutch)")).toBeFocused();
  await added.getByLabel("Name (English)").fill("How did it go?");
  await added.locator("summary").click();
  await added.getByLabel("Who writes?").selectOption({ label: "Everyone" });
  await added.getByLabel("Reflection").uncheck();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(added.getByText("Choose at least one kind of contribution, or let nobody write.")).toBeVisible();
  await added.getByLabel("Reflection").check();
  await added.getByLabel("At most per person").fill("2");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The plan has been saved." })).toBeVisible();

  await page.getByRole("link", { name: "Back to the cockpit" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await expect
    .poll(() => phaseTitles(page))
    .toEqual(["Lessons first", "Check-in", "Discussion", "Action points", "How did it go?"]);
  await page.getByRole("button", { name: "Start session" }).click();
  await expect(page.locator("[aria-current=step]").getByTestId("phase-title")).toHaveText("Lessons first");
  await expect(page.getByTestId("timer")).toHaveText("20:00");
  await lead.context.close();
});
