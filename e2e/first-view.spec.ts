import { expect, type Page, test } from "@playwright/test";
import { BACK_ONLINE, controllableConnection, joinByLink, openSession } from "./live-fixtures";

/**
 * A page opened while the live channel cannot answer (a busy server, a flaky meeting-room network)
 * is never blank: the server renders the session as it is, and the socket takes over once it can.
 */
test("cockpit, participant screen and projector show the session before the live channel answers", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Eerste beeld" });
  const cockpit = lead.page;
  const anna = await joinByLink(browser, lead.link, "Anna");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await cockpit.getByRole("button", { name: "Start", exact: true }).click();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  const prompt = anna.page.getByTestId("prompt").locator("blockquote");
  await expect(prompt).toBeVisible();
  const lesson = (await prompt.textContent()) ?? "";
  await anna.page.getByPlaceholder("Schrijf hier je reactie…").fill("Wat ik zelf schreef, zie ik meteen terug.");
  await anna.page.getByRole("button", { name: "Versturen" }).click();
  await expect(anna.page.getByText("Wat ik zelf schreef, zie ik meteen terug.")).toBeVisible();

  // A new tab of each (no copy of the view in its storage), its live channel cut before it loads.
  async function openCut(page: Page, path: string) {
    const fresh = await page.context().newPage();
    const line = await controllableConnection(fresh);
    await line.cut();
    await fresh.goto(path);
    return { page: fresh, line };
  }
  const cockpitCut = await openCut(cockpit, `/sessions/${lead.sessionId}`);
  const annaCut = await openCut(anna.page, new URL(anna.page.url()).pathname);
  const projectorCut = await openCut(cockpit, `/sessions/${lead.sessionId}/projector`);
  const screens = [cockpitCut, annaCut, projectorCut];
  for (const { page } of screens) {
    await expect(page.getByTestId("prompt").locator("blockquote")).toHaveText(lesson);
    await expect(page.getByTestId("timer").first()).toHaveText(/^9:\d\d$/);
    await expect(page.getByTestId("connection")).not.toHaveText("Verbonden");
  }
  await expect(annaCut.page.getByText("Wat ik zelf schreef, zie ik meteen terug.")).toBeVisible();
  await expect(cockpitCut.page.getByRole("button", { name: "Volgende fase" })).toBeVisible();
  // The projector shows no one's text before the reveal.
  await expect(projectorCut.page.getByText("Wat ik zelf schreef")).toHaveCount(0);

  // Once the channel answers, each screen is live again (and the projector's mark goes away).
  for (const { page, line } of screens) {
    line.restore();
    if (page === projectorCut.page) await expect(page.getByTestId("connection")).toHaveCount(0, BACK_ONLINE);
    else await expect(page.getByTestId("connection")).toHaveText("Verbonden", BACK_ONLINE);
  }
  await cockpitCut.page.getByRole("button", { name: "Reacties tonen (1)" }).click();
  await expect(projectorCut.page.getByText("Wat ik zelf schreef, zie ik meteen terug.")).toBeVisible();
});
