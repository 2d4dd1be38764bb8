import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { joinAs, jumpTo, newParticipantPage, openSession } from "./live-fixtures";

test("a case brought in beforehand shows in the lobby with its lessons and becomes a pitched case", async ({
  browser,
}) => {
  test.slow();
  const facilitator = await openSession(browser, { title: "Intervisie Noord", method: "Incidentmethode" });
  const cockpit = facilitator.page;
  const lobby = cockpit.getByTestId("case-proposals");
  await expect(lobby.getByText("Nog geen casussen ingebracht.", { exact: false })).toBeVisible();

  // Anna opens the session's link and, from the join page, brings in a case (in Dutch).
  const anna = await newParticipantPage(browser);
  await anna.page.goto(facilitator.link);
  await anna.page.getByRole("link", { name: "Vooraf een casus inbrengen" }).click();
  await expect(anna.page).toHaveURL(/\/join\/[^/]+\/case$/);
  const form = anna.page.getByRole("region", { name: "Casus inbrengen" });
  await form.getByLabel("Je naam").fill("Anna");
  await form.getByLabel("Titel van de casus").fill("Lege zaal bij de bewonersavond");
  await form
    .getByLabel("Korte beschrijving")
    .fill("Er komen steeds dezelfde vijf mensen. Flyers in de bus helpen niet.\nDe rest van de straat haakt af.");
  await form.getByLabel("Je vraag aan de groep").fill("Hoe krijg ik de rest van de straat erbij?");
  await form.getByRole("button", { name: "Casus inbrengen" }).click();
  await expect(anna.page.getByRole("status").filter({ hasText: "is ingebracht" })).toBeVisible();
  const mine = anna.page.getByTestId("my-proposal");
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText("Lege zaal bij de bewonersavond");
  expect(await seriousViolations(anna.page)).toEqual([]);

  // The facilitator sees it arrive, with who brought it in and the three lessons that fit it.
  const item = lobby.getByTestId("case-proposal");
  await expect(item).toContainText("Lege zaal bij de bewonersavond");
  await expect(item).toContainText("Ingebracht door Anna");
  const lessons = item.getByTestId("proposal-suggestions").getByRole("listitem");
  await expect(lessons).toHaveCount(3);
  await expect(lessons.filter({ hasText: "Door een goede individuele benadering" })).toContainText("verwant:");
  await expect(item.locator("mark").first()).toBeVisible();

  // Anna edits her case; the lobby follows.
  await mine.getByRole("button", { name: "Wijzigen: Lege zaal bij de bewonersavond" }).click();
  await mine.getByLabel("Titel van de casus").fill("Lege zaal, volle straat");
  await mine.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(mine.getByRole("heading", { name: "Lege zaal, volle straat" })).toBeVisible();
  await expect(item.getByRole("heading", { name: "Lege zaal, volle straat" })).toBeVisible();

  // She joins from the same browser; when the session comes to its pitches, the case is hers.
  await anna.page.goto(facilitator.link);
  await joinAs(anna.page, "Anna");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await jumpTo(cockpit, "Casussen inbrengen");
  const pitched = cockpit.getByTestId("case-board").getByTestId("case");
  await expect(pitched).toHaveCount(1);
  await expect(pitched).toContainText("Lege zaal, volle straat");
  await expect(pitched).toContainText("Anna");
  await expect(pitched).toContainText("De rest van de straat haakt af.");
  await expect(anna.page.getByTestId("case-board").getByTestId("case")).toContainText("Lege zaal, volle straat");

  // Afterwards the bring-in page is read-only and says why, here in English.
  await anna.page.goto(`${facilitator.link}/case`);
  await anna.page.getByTestId("language-switch").click();
  await expect(anna.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(anna.page.getByTestId("proposals-closed")).toContainText("The session has started");
  await expect(anna.page.getByRole("heading", { name: "Cases you brought in" })).toBeVisible();
  await expect(anna.page.getByTestId("my-proposal")).toContainText("Read only");
  await expect(anna.page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(anna.page.getByLabel("Title of the case")).toHaveCount(0);
});

test("the facilitator plans the session and downloads the group's invitation, with the bring-in link", async ({
  browser,
}) => {
  const facilitator = await openSession(browser, { title: "Intervisie Zuid" });
  const cockpit = facilitator.page;
  await cockpit.getByTestId("case-proposals").getByRole("link", { name: "Uitnodiging (.ics)" }).click();
  await expect(cockpit.getByRole("heading", { name: "Uitnodiging voor de groep" })).toBeVisible();
  await expect(cockpit.getByText("Nog geen datum.", { exact: false })).toBeVisible();

  await cockpit.getByLabel("Datum en tijd").fill("2026-12-14T14:00");
  await cockpit.getByRole("button", { name: "Opslaan" }).click();
  await expect(cockpit.getByRole("status")).toHaveText("Opgeslagen.");
  await expect(cockpit.getByTestId("invitation-planned")).toHaveText("Gepland: maandag 14 december 2026 om 14:00");
  expect(await seriousViolations(cockpit)).toEqual([]);

  const download = cockpit.getByRole("link", { name: "Agenda-uitnodiging downloaden (.ics)" });
  const href = (await download.getAttribute("href")) ?? "";
  const response = await cockpit.request.get(href);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = (await response.text()).replace(/\r\n /g, "");
  expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20261214T140000");
  expect(ics).toContain("SUMMARY:Intervisie: Intervisie Zuid");
  expect(ics).toContain(`URL:${facilitator.link}/case`);
  expect(ics).toContain(`Doe mee via ${facilitator.link}.`);

  // In English; and the date can be taken away again.
  await cockpit.getByTestId("language-switch").click();
  await expect(cockpit.getByRole("heading", { name: "Invitation for the group" })).toBeVisible();
  await cockpit.getByRole("button", { name: "Remove the date" }).click();
  await expect(cockpit.getByText("No date yet.", { exact: false })).toBeVisible();
  expect((await cockpit.request.get(href)).status()).toBe(404);
});
