import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expectNoSidewaysScroll } from "./fixtures";
import { joinByLink, openSession } from "./live-fixtures";

test("a refused command says why beside its control, and the message goes once it succeeds", async ({ browser }) => {
  test.slow();
  const lead = await openSession(browser, { title: "Fouten op hun plek" });
  const cockpit = lead.page;
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  const turns = cockpit.getByRole("region", { name: "Beurten" });

  // Nobody has joined: a speaking order cannot start. The reason shows under the turn controls.
  await turns.getByRole("button", { name: "Willekeurige volgorde" }).click();
  const error = cockpit.getByTestId("command-error");
  await expect(error).toHaveText(/^Er zijn nog geen deelnemers\./);
  await expect(error).toBeInViewport();
  expect(await seriousViolations(cockpit)).toEqual([]);
  const [turnsBox, errorBox] = await Promise.all([turns.boundingBox(), error.boundingBox()]);
  const gap = (errorBox?.y ?? 0) - ((turnsBox?.y ?? 0) + (turnsBox?.height ?? 0));
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(40);

  // Once someone has joined the same control works, and the message is gone.
  await joinByLink(browser, lead.link, "Anna");
  await expect(cockpit.getByTestId("presence-count")).toHaveText("1 van 1 aanwezig");
  await turns.getByRole("button", { name: "Willekeurige volgorde" }).click();
  await expect(turns.getByRole("button", { name: "Volgende", exact: true })).toBeVisible();
  await expect(error).toHaveCount(0);
});

test("the lobby says what is ready; side panels fold to their heading and stay folded", async ({ browser }) => {
  test.slow();
  const lead = await openSession(browser, { title: "Klaar om te beginnen" });
  const cockpit = lead.page;
  const checklist = cockpit.getByTestId("lobby-checklist");
  await expect(checklist).toContainText("De code en de QR-code staan op de beamer");
  await expect(checklist).toContainText("Binnen: 0 (0 verbonden)");
  await joinByLink(browser, lead.link, "Anna");
  await expect(checklist).toContainText("Binnen: 1 (1 verbonden)");
  await expect(checklist).toContainText("Groepsafspraken geaccepteerd door iedereen die binnen is (1)");
  // The projector item is ticked while a projector screen is open, and open again once it closes.
  const projectorItem = checklist.getByRole("listitem").first();
  await expect(projectorItem).toContainText("Zet het beamerscherm klaar");
  const projector = await lead.page.context().newPage();
  await projector.goto(`${new URL(cockpit.url()).pathname}/projector`);
  await expect(projectorItem).toContainText("Het beamerscherm staat open.");
  await expect(projectorItem.getByRole("link", { name: "Beamer openen" })).toHaveCount(0);
  await projector.close();
  await expect(projectorItem).toContainText("Zet het beamerscherm klaar");

  // Folded, the participant list is gone from view; a reload keeps it so; unfolded it is back.
  await cockpit.getByRole("button", { name: "Deelnemers inklappen" }).click();
  await expect(cockpit.getByTestId("participant")).toBeHidden();
  await cockpit.reload();
  const unfold = cockpit.getByRole("button", { name: "Deelnemers uitklappen" });
  await expect(unfold).toHaveAttribute("aria-expanded", "false");
  await expect(cockpit.getByTestId("participant")).toBeHidden();
  await unfold.click();
  await expect(cockpit.getByTestId("participant")).toBeVisible();

  // The lobby, its checklist and the folding panels, in Dutch and in English.
  expect(await seriousViolations(cockpit)).toEqual([]);
  await cockpit.getByTestId("language-switch").click();
  await expect(checklist).toContainText("Joined: 1 (1 connected)");
  await expect(cockpit.getByRole("button", { name: "Collapse Participants" })).toBeVisible();
  expect(await seriousViolations(cockpit)).toEqual([]);
});

test("on a laptop the prompt, the timer and the phase controls stay in view while the round scrolls; no screen runs off the side", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Alles in beeld" });
  const cockpit = lead.page;
  const anna = await joinByLink(browser, lead.link, "Anna");
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  await expect(anna.page.getByTestId("prompt").locator("blockquote")).toBeVisible();
  for (let number = 1; number <= 8; number++) {
    await anna.page.getByPlaceholder("Schrijf hier je reactie…").fill(`Reactie ${number}: een ervaring uit de wijk.`);
    await anna.page.getByRole("button", { name: "Versturen" }).click();
    await expect(anna.page.getByTestId("own-reaction")).toHaveCount(number);
  }
  await cockpit.getByRole("button", { name: "Reacties tonen (8)" }).click();
  await expect(cockpit.getByTestId("reaction")).toHaveCount(8);

  // 1366x768: the round is longer than the screen; scrolled to its end, the controls are still there.
  expect(await cockpit.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
  await cockpit.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(cockpit.getByTestId("reaction").last()).toBeInViewport();
  await expect(cockpit.getByTestId("prompt")).toBeInViewport();
  await expect(cockpit.getByTestId("timer")).toBeInViewport();
  await expect(cockpit.getByRole("button", { name: "Volgende fase" })).toBeInViewport();

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    for (const page of [cockpit, anna.page]) {
      await page.setViewportSize(size);
      await expectNoSidewaysScroll(page);
    }
  }
});
