import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { joinByLink, jumpTo, openSession } from "./live-fixtures";

test("a pitched case brings the three lessons that fit it, with why, and one click deals one", async ({ browser }) => {
  test.slow();
  const facilitator = await openSession(browser, { title: "Intervisie Oost", method: "Incidentmethode" });
  const cockpit = facilitator.page;
  const anna = await joinByLink(browser, facilitator.link, "Anna");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await jumpTo(cockpit, "Casussen inbrengen");

  // Anna's words are not the lesson's: she never says "individual approach" or "collective meetings".
  const pitch = anna.page.getByRole("region", { name: "Breng een casus in" });
  await pitch.getByLabel("Titel").fill("Lege zaal bij de bewonersavond");
  await pitch
    .getByLabel("Je vraag aan de groep")
    .fill("Er komen steeds dezelfde vijf mensen, flyers helpen niet. Hoe krijg ik de rest van de straat erbij?");
  await pitch.getByLabel("Het speelt nu (actueel)").check();
  await pitch.getByLabel("Het gaat om een concrete situatie").check();
  await pitch.getByLabel("Het is mijn eigen vraag, ik ben er zelf bij betrokken").check();
  await pitch.getByRole("button", { name: "Casus inbrengen" }).click();

  const panel = cockpit.getByTestId("lesson-suggestions");
  await expect(panel.getByText("Bij de casus: Lege zaal bij de bewonersavond")).toBeVisible();
  const suggestions = panel.getByRole("listitem");
  await expect(suggestions).toHaveCount(3);
  const fitting = suggestions.filter({ hasText: "Door een goede individuele benadering" });
  await expect(fitting).toContainText("Leg verbindingen");
  await expect(fitting).toContainText("verwant: weinig opkomst bij bijeenkomsten");
  await expect(fitting.locator("mark").first()).toBeVisible();
  // Nobody but the facilitator sees suggestions.
  await expect(anna.page.getByTestId("lesson-suggestions")).toHaveCount(0);
  expect(await seriousViolations(cockpit)).toEqual([]);

  // Dealing from a suggestion puts the lesson on the table for everyone.
  const deal = fitting.getByRole("button", { name: /^Deel les \d+$/ });
  await deal.click();
  for (const page of [cockpit, anna.page]) {
    await expect(page.getByTestId("prompt").locator("blockquote")).toHaveText(/^Door een goede individuele benadering/);
  }
  // The panel folds up so the round's reactions come into view; opened again, the lesson shows as dealt.
  await expect(fitting).toBeHidden();
  await panel.locator("summary").click();
  await expect(fitting.getByRole("button", { name: "Gedeeld" })).toBeDisabled();

  // In English, the same panel speaks English and shows the English text.
  await cockpit.getByTestId("language-switch").click();
  await expect(cockpit.locator("html")).toHaveAttribute("lang", "en");
  const english = cockpit.getByTestId("lesson-suggestions");
  await english.getByText("Lessons that fit the case").click();
  await expect(
    english.getByRole("listitem").filter({ hasText: "A good individual approach brings more people" }),
  ).toContainText("related: low turnout at meetings");
  expect(await seriousViolations(cockpit)).toEqual([]);
});
