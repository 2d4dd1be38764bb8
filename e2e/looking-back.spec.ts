import { expect, type Page, test } from "@playwright/test";
import { joinAs, newParticipantPage, openSession } from "./live-fixtures";

/** A participant writes a reaction of `kind` to the dealt card. */
async function react(page: Page, kind: string, text: string) {
  await page.getByTestId("prompt").locator("blockquote").waitFor();
  await page.getByLabel(kind).check();
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page.getByTestId("own-reaction")).toHaveCount(1);
}

test("after a session: participants read the report, the archive finds what was said, a share link works until it is revoked, erasure leaves nothing behind", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Terugblik team Zuid" });
  const cockpit = lead.page;
  const anna = await newParticipantPage(browser);
  await anna.page.goto(lead.link);
  await joinAs(anna.page, "Anna");
  const bram = await newParticipantPage(browser);
  await bram.page.goto(lead.link);
  await joinAs(bram.page, "Bram");

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  await react(anna.page, "Ervaring", "De huurders van de Parkflat kwamen pas toen we op zaterdag vergaderden.");
  await react(bram.page, "Idee", "Een spreekuur in de buurtkamer, elke eerste dinsdag.");
  await cockpit.getByRole("button", { name: /Reacties tonen/ }).click();
  await expect(anna.page.getByTestId("reaction")).toHaveCount(2);
  // While the session runs, its report says it is not finished yet, and sharing it comes with a warning.
  const earlyReport = await cockpit.context().newPage();
  await earlyReport.goto(`/sessions/${lead.sessionId}/report`);
  await expect(earlyReport.getByText("Deze sessie is nog niet afgelopen. Het verslag groeit mee")).toBeVisible();
  await expect(earlyReport.getByText("De sessie is nog niet afgelopen: wie de link nu krijgt")).toBeVisible();
  await earlyReport.close();
  cockpit.once("dialog", (dialog) => dialog.accept());
  await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();

  // A participant reads the report on their own laptop, with the credential they joined with.
  await expect(anna.page.getByRole("heading", { name: "Deze sessie is afgelopen" })).toBeVisible();
  await anna.page.getByRole("link", { name: "Lees het verslag" }).click();
  await expect(anna.page.getByRole("heading", { level: 1, name: "Terugblik team Zuid" })).toBeVisible();
  await expect(anna.page.getByTestId("report-reaction")).toHaveCount(2);
  await expect(anna.page.getByText("Een spreekuur in de buurtkamer, elke eerste dinsdag.")).toBeVisible();
  await expect(anna.page.getByText("Deze sessie is nog niet afgelopen.", { exact: false })).toHaveCount(0);
  await expect(anna.page.getByRole("heading", { name: "Delen" })).toHaveCount(0);
  // Someone without a credential or an account is sent to sign in.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`/sessions/${lead.sessionId}/report`);
  await expect(strangerPage).toHaveURL(/\/signin/);

  // The archive finds a reaction by another form of a word in it, marked, with a link into the report.
  await cockpit.goto("/sessions");
  await expect(cockpit.getByTestId("archive-session")).toContainText("Terugblik team Zuid");
  await cockpit.getByLabel("Zoeken in reacties, casussen, notities en actiepunten").fill("huurder zaterdagen");
  await cockpit.getByRole("button", { name: "Zoeken", exact: true }).click();
  const hit = cockpit.getByTestId("search-hit");
  await expect(hit).toHaveCount(1);
  await expect(hit.locator("mark")).toHaveText(["huurders", "zaterdag"]);
  await hit.getByRole("link").click();
  await expect(cockpit).toHaveURL(new RegExp(`/sessions/${lead.sessionId}/report#reaction-`));

  // A share link opens the report for anyone, with its downloads, until it is revoked.
  await cockpit.getByLabel("Geldig").selectOption({ label: "7 dagen" });
  await cockpit.getByRole("button", { name: "Deellink maken" }).click();
  const shareUrl = await cockpit.getByLabel("Deellink").inputValue();
  expect(shareUrl).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await strangerPage.goto(shareUrl);
  await expect(strangerPage.getByText("Gedeeld verslag, alleen-lezen.")).toBeVisible();
  await expect(
    strangerPage.getByText("De huurders van de Parkflat kwamen pas toen we op zaterdag vergaderden."),
  ).toBeVisible();
  await expect(strangerPage.getByRole("heading", { name: "Privacy en verwijderen" })).toHaveCount(0);
  const markdown = await strangerPage.request.get(`${shareUrl}/md`);
  expect(markdown.status()).toBe(200);
  expect(await markdown.text()).toContain("Een spreekuur in de buurtkamer, elke eerste dinsdag.");
  await expect(cockpit.getByTestId("share-link")).toContainText("Actief");
  await cockpit.getByTestId("share-link").getByRole("button", { name: "Intrekken" }).click();
  await expect(cockpit.getByTestId("share-link")).toContainText("Ingetrokken");
  await strangerPage.reload();
  await expect(strangerPage.getByRole("heading", { name: "Deze link werkt niet (meer)" })).toBeVisible();
  await expect(strangerPage.getByText("Parkflat")).toHaveCount(0);
  expect((await strangerPage.request.get(`${shareUrl}/md`)).status()).toBe(404);

  // Erasing Anna's data takes her reaction out of the report and out of search.
  const erase = cockpit.getByTestId("erase-participant");
  await erase.getByLabel("Anna").check();
  await erase.getByRole("button", { name: "Verwijder de gegevens van deze deelnemer" }).click();
  await expect(erase.getByText("Vink eerst aan dat je het zeker weet.")).toBeVisible();
  await expect(erase.getByLabel("Anna")).toBeChecked();
  await erase.getByLabel("Ja, ik weet het zeker").check();
  await erase.getByRole("button", { name: "Verwijder de gegevens van deze deelnemer" }).click();
  await expect(erase.getByRole("status")).toHaveText("De gegevens van Anna zijn uit deze sessie verwijderd.");
  await expect(cockpit.getByTestId("report-reaction")).toHaveCount(1);
  await expect(cockpit.getByText("Parkflat")).toHaveCount(0);
  await cockpit.goto("/sessions?q=huurders");
  await expect(cockpit.getByText("Niets gevonden voor „huurders”.", { exact: false })).toBeVisible();

  // Deleting the session: gone from the archive and from search.
  await cockpit.goto(`/sessions/${lead.sessionId}/report`);
  const remove = cockpit.getByTestId("delete-session");
  await remove.getByLabel("Ja, ik weet het zeker").check();
  await remove.getByRole("button", { name: "Verwijder deze sessie" }).click();
  await expect(cockpit).toHaveURL(/\/sessions\?deleted=1$/);
  await expect(cockpit.getByText("De sessie is verwijderd, met alles erin.")).toBeVisible();
  await expect(cockpit.getByTestId("archive-session")).toHaveCount(0);
  await cockpit.goto("/sessions?q=buurtkamer");
  await expect(cockpit.getByTestId("search-hit")).toHaveCount(0);
  // Its report is "not found", the same as for a session that never existed.
  expect((await cockpit.goto(`/sessions/${lead.sessionId}/report`))?.status()).toBe(404);
  expect((await cockpit.goto("/sessions/no-such-session/report"))?.status()).toBe(404);
  await Promise.all([lead.context.close(), anna.context.close(), bram.context.close(), stranger.close()]);
});
