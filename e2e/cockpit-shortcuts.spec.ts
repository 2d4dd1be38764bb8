import { expect, test } from "@playwright/test";
import { joinByLink, openSession } from "./live-fixtures";

test("the facilitator runs a round from the keyboard; keys do nothing while typing; ? lists them", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Met het toetsenbord" });
  const cockpit = lead.page;
  const projector = await lead.context.newPage();
  await projector.goto(`/sessions/${lead.sessionId}/projector`);
  const anna = await joinByLink(browser, lead.link, "Anna");
  await expect(cockpit.getByTestId("presence-count")).toHaveText("1 van 1 aanwezig");

  // ? lists the shortcuts; Escape closes the list.
  await cockpit.keyboard.press("?");
  const help = cockpit.getByRole("dialog", { name: "Sneltoetsen" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Een les trekken");
  await cockpit.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // N starts the session, N again goes to the lesson round; D deals; T starts the timer; + adds a minute.
  await cockpit.keyboard.press("n");
  await expect(anna.page.getByText("Hoe zit je erbij vandaag?")).toBeVisible();
  await cockpit.keyboard.press("n");
  await expect(anna.page.getByText("De gespreksleider deelt zo een les uit.")).toBeVisible();
  await cockpit.keyboard.press("d");
  await expect(anna.page.getByTestId("prompt").locator("blockquote")).toBeVisible();
  await cockpit.keyboard.press("t");
  await expect(cockpit.getByRole("button", { name: "Pauze" })).toBeVisible();
  await cockpit.keyboard.press("+");
  await expect(anna.page.getByTestId("timer")).toHaveText(/^10:5\d$/);

  // Typing in the notes is typing: an n there goes into the text, not to the next phase.
  const notes = cockpit.getByRole("textbox", { name: "Notities" });
  await notes.fill("");
  await notes.press("n");
  await expect(notes).toHaveValue("n");
  await expect(cockpit.getByRole("button", { name: /^Reageren op de les/ })).toBeDisabled();

  // R reveals; S puts the card with the focus in the spotlight; Escape ends it; J shows the code.
  await anna.page.getByPlaceholder("Schrijf hier je reactie…").fill("Met het toetsenbord gaat het snel.");
  await anna.page.getByRole("button", { name: "Versturen" }).click();
  await expect(cockpit.getByTestId("pending-count")).toBeVisible();
  await notes.blur();
  await cockpit.keyboard.press("r");
  await expect(projector.getByTestId("reaction")).toHaveCount(1);
  await cockpit.getByTestId("reaction").getByRole("button", { name: "Verbergen" }).focus();
  await cockpit.keyboard.press("s");
  await expect(projector.getByTestId("spotlight")).toContainText("Met het toetsenbord gaat het snel.");
  await cockpit.keyboard.press("Escape");
  await expect(projector.getByTestId("spotlight")).toHaveCount(0);
  await cockpit.keyboard.press("j");
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);

  // In English too.
  await cockpit.getByTestId("language-switch").click();
  await cockpit.getByRole("button", { name: "Shortcuts (?)" }).click();
  await expect(cockpit.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Draw a lesson");
  for (const context of [anna.context, lead.context]) await context.close();
});
