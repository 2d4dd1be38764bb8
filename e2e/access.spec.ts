import { expect, test } from "@playwright/test";
import { joinAs, joinByLink, newParticipantPage, openSession } from "./live-fixtures";

test("the facilitator closes the session to new joiners: the projector hides the code, latecomers are told", async ({
  browser,
}) => {
  const { context, page: cockpit, link } = await openSession(browser, { title: "Intervisie gesloten" });
  const anna = await joinByLink(browser, link, "Anna");
  const projector = await context.newPage();
  await projector.goto(`${new URL(cockpit.url()).pathname}/projector`);
  await expect(projector.getByTestId("join-code")).toBeVisible();

  await expect(cockpit.getByTestId("join-lock-state")).toHaveText("Open: wie de code heeft, kan meedoen.");
  await cockpit.getByRole("button", { name: "Sluiten voor nieuwe deelnemers" }).click();
  await expect(cockpit.getByTestId("join-lock-state")).toHaveText("Gesloten: niemand kan nog nieuw meedoen.");
  await expect(cockpit.getByRole("button", { name: "Openen voor nieuwe deelnemers" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The projector (and the cockpit's own panel) no longer shows the code or the QR code.
  await expect(projector.getByText("Meedoen is gesloten")).toBeVisible();
  await expect(projector.getByTestId("join-code")).toHaveCount(0);
  await expect(projector.getByRole("img", { name: /^QR[- ]code/ })).toHaveCount(0);
  await expect(cockpit.getByTestId("join-code")).toHaveCount(0);

  // Someone with the link: told it is closed, and no form.
  const late = await newParticipantPage(browser);
  await late.page.goto(link);
  await expect(late.page.locator("main").getByRole("alert")).toHaveText(
    "Deze sessie is gesloten voor nieuwe deelnemers. Vraag de gespreksleider om haar te openen.",
  );
  await expect(late.page.getByLabel("Je naam")).toHaveCount(0);
  // Anna, already in, stays in.
  await expect(anna.page.getByTestId("connection")).toHaveText("Verbonden");

  await cockpit.getByRole("button", { name: "Openen voor nieuwe deelnemers" }).click();
  await expect(projector.getByTestId("join-code")).toBeVisible();
  await late.page.reload();
  await joinAs(late.page, "Laatkomer");
  await expect(cockpit.getByRole("button", { name: "Verwijderen Laatkomer" })).toBeVisible();
  await Promise.all([context.close(), anna.context.close(), late.context.close()]);
});

test("a removed participant cannot come back from the same browser under another name", async ({ browser }) => {
  const { context, page: cockpit, link, sessionId } = await openSession(browser, { title: "Intervisie verwijderd" });
  const sander = await joinByLink(browser, link, "Sander");
  const removeSander = cockpit.getByRole("button", { name: "Verwijderen Sander" });
  await expect(removeSander).toBeVisible();

  cockpit.once("dialog", (dialog) => void dialog.accept());
  await removeSander.click();
  await expect(sander.page.locator("main").getByRole("alert")).toBeVisible();

  // The join link again, as if to join under a new name: refused, no form.
  await sander.page.goto(link);
  await expect(sander.page.locator("main").getByRole("alert")).toHaveText(
    "De gespreksleider heeft je uit deze sessie verwijderd. Vanaf dit apparaat kun je niet opnieuw meedoen.",
  );
  await expect(sander.page.getByLabel("Je naam")).toHaveCount(0);
  // The participant's page itself says so too, and names no join code.
  await sander.page.goto(`/live/${sessionId}`);
  await expect(sander.page.getByText("Vanaf dit apparaat kun je niet opnieuw meedoen.")).toBeVisible();
  await expect(removeSander).toHaveCount(0);
  await Promise.all([context.close(), sander.context.close()]);
});

test("a copied session cookie is refused after sign-out, also by a server action", async ({ browser }) => {
  const { context, page: cockpit } = await openSession(browser, { title: "Intervisie uitgelogd" });
  // Someone copies the facilitator's cookies into another browser.
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  const stolen = await thief.newPage();
  await stolen.goto("/sessions/new");
  await expect(stolen.getByLabel("Titel")).toBeVisible();

  await cockpit.getByTestId("cockpit-back").click();
  await cockpit.getByRole("button", { name: "Uitloggen" }).click();
  await cockpit.waitForURL((url) => url.pathname === "/");

  // The form was loaded before; submitting it (a server action) now goes to sign-in, nothing is made.
  await stolen.getByLabel("Titel").fill("Niet van mij");
  await stolen.getByRole("button", { name: "Sessie openen" }).click();
  await stolen.waitForURL(/\/signin/);
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/signin/);
  await Promise.all([context.close(), thief.close()]);
});
