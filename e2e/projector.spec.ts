import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { joinByLink, openSession } from "./live-fixtures";

/** Reactions of the lengths people write: a few words, a sentence, a short story. */
const TEXTS = [
  "Vast aanspreekpunt in de wijk.",
  "Hoe houd je dat vol als er steeds nieuwe collega's komen en niemand de bewoners nog kent?",
  "Bij ons werkte een koffieochtend met de huismeester en de bewonerscommissie, elk kwartaal.",
  "Eerst luisteren, dan pas plannen maken.",
  "Wie betaalt de tijd die bewoners erin steken? Daar hebben we nooit een goed antwoord op gehad.",
];

async function post(page: Page, count: number, from: number) {
  await page.getByLabel("Ervaring").check();
  for (let i = 0; i < count; i++) {
    await page.getByPlaceholder("Schrijf hier je reactie…").fill(`${from + i}. ${TEXTS[(from + i) % TEXTS.length]}`);
    await page.getByRole("button", { name: "Versturen" }).click();
  }
  await expect(page.getByTestId("own-reaction")).toHaveCount(count, { timeout: 20_000 });
}

/** Whether the projector shows everything without scrolling. */
const fits = (projector: Page) =>
  projector.getByTestId("projector").evaluate((element) => element.scrollHeight <= element.clientHeight + 1);

/** The reaction text's size on the projector, in CSS pixels. */
const reactionTextSize = (projector: Page) =>
  projector
    .getByTestId("reaction")
    .first()
    .getByTestId("reaction-text")
    .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

test("the projector fits forty reactions in pages the facilitator turns, a spotlight and the join code for latecomers", async ({
  browser,
}) => {
  test.slow();
  const lead = await openSession(browser, { title: "Beamer team Zuid" });
  const cockpit = lead.page;
  const projector = await lead.context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`/sessions/${lead.sessionId}/projector`);
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);
  const anna = await joinByLink(browser, lead.link, "Anna");
  const bram = await joinByLink(browser, lead.link, "Bram");

  // Running: the code stays in a corner of the projector while people can still join.
  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  // The deck's longest lesson (5), so the page has the least room it can get: found in the lesson
  // picker as the facilitator types, without capitals or accents, and dealt from the keyboard.
  const choose = cockpit.getByRole("button", { name: "Kies een les" });
  await choose.click();
  const picker = cockpit.getByRole("dialog", { name: "Kies een les om uit te delen" });
  const search = picker.getByRole("searchbox", { name: "Zoek een les" });
  await expect(search).toBeFocused();
  const cards = picker.getByTestId("lesson-card");
  await expect(cards).toHaveCount(24);
  await expect(picker.getByRole("heading", { level: 3 })).toHaveText([
    "Intern draagvlak",
    "Leg verbindingen",
    "De juiste verwachtingen",
    "Extern draagvlak",
  ]);
  await search.fill("CREEER");
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText("creëer je eigen ruimte!");
  await search.fill("xyz");
  await expect(picker.getByText("Geen les gevonden.")).toBeVisible();
  await search.fill("5");
  await expect(cards.first()).toHaveAccessibleName(/^Les 5 Intern draagvlak Ga eerst in gesprek met leidinggevenden/);
  await search.fill("intern leidinggevenden");
  await expect(cards).toHaveCount(1);
  await expect(picker).toContainText("1 van 24 lessen");
  expect(await seriousViolations(cockpit)).toEqual([]);
  await search.press("ArrowDown");
  await expect(cards.first()).toBeFocused();
  await cockpit.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(choose).toBeFocused();
  for (const screen of [projector, anna.page, bram.page, cockpit]) {
    await expect(screen.getByTestId("prompt").locator("blockquote")).toHaveText(
      /^Ga eerst in gesprek met leidinggevenden/,
    );
    await expect(screen.getByTestId("prompt")).toContainText("Les 5 · Intern draagvlak");
  }
  await expect(projector.getByTestId("join-corner")).toContainText(lead.code);

  // On a phone the picker fits the screen, its cards scroll inside it; the dealt lesson is marked.
  await cockpit.setViewportSize({ width: 390, height: 844 });
  await choose.click();
  await expect(cards.filter({ hasText: "Ga eerst in gesprek" })).toContainText("Nu op tafel");
  const box = await picker.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
  const overflows = await picker.evaluate((dialog) => {
    const right = dialog.getBoundingClientRect().right;
    const results = dialog.querySelector('[data-testid="lesson-picker-results"]');
    const fields = dialog.querySelectorAll('[data-testid="lesson-card"], input, select');
    return (
      [dialog, results].some((element) => element && element.scrollWidth > element.clientWidth + 1) ||
      [...fields].some((element) => element.getBoundingClientRect().right > right + 1)
    );
  });
  expect(overflows).toBe(false);
  await cockpit.keyboard.press("Escape");
  await expect(picker).toBeHidden();
  await cockpit.setViewportSize({ width: 1366, height: 768 });

  await post(anna.page, 20, 0);
  await post(bram.page, 20, 20);
  await cockpit.getByRole("button", { name: "Reacties tonen (40)" }).click();

  // Forty: five pages of at most nine, turned from the cockpit; each fits the screen.
  await expect(projector.getByTestId("projector-page")).toHaveText("1/5");
  await expect(projector.getByTestId("reaction")).toHaveCount(9);
  await expect(cockpit.getByTestId("cockpit-projector-page")).toHaveText("Pagina 1 van 5");
  await expect.poll(() => fits(projector)).toBe(true);
  const firstOnPageOne = await projector.getByTestId("reaction").first().textContent();
  await cockpit.getByRole("button", { name: "Volgende pagina" }).click();
  await expect(projector.getByTestId("projector-page")).toHaveText("2/5");
  await expect(projector.getByTestId("reaction").first()).not.toHaveText(firstOnPageOne ?? "");
  await expect.poll(() => fits(projector)).toBe(true);

  // The sizes a room uses: nothing cut off, and body text of at least 28 px at 1920x1080 (the same
  // share of the screen's width on the others).
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await projector.setViewportSize(size);
    await expect.poll(() => fits(projector), { message: `${size.width}x${size.height}` }).toBe(true);
    const minimum = (28 * size.width) / 1920;
    expect(await reactionTextSize(projector), `${size.width}x${size.height}`).toBeGreaterThanOrEqual(minimum - 0.5);
  }

  // A spotlight: one reaction alone, large; the cockpit ends it.
  const chosen = cockpit.getByTestId("reaction").filter({ has: cockpit.getByText(/^7\. Bij ons werkte/) });
  await chosen.getByTestId("spotlight-toggle").click();
  await expect(projector.getByTestId("spotlight").locator("blockquote")).toHaveText(/^7\. Bij ons werkte/);
  await expect(projector.getByTestId("reaction")).toHaveCount(0);
  await expect.poll(() => fits(projector)).toBe(true);
  await expect(chosen.getByTestId("spotlight-toggle")).toHaveAttribute("aria-pressed", "true");
  await cockpit.getByRole("button", { name: "Uitlichten stoppen" }).click();
  await expect(projector.getByTestId("spotlight")).toHaveCount(0);
  await expect(projector.getByTestId("projector-page")).toHaveText("2/5");

  // The join code again, large, at any time; then away.
  await cockpit.getByRole("button", { name: "Code tonen op de beamer" }).click();
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);
  await cockpit.getByRole("button", { name: "Code weghalen van de beamer" }).click();
  await expect(projector.getByTestId("join-code")).toHaveCount(0);
  await expect(projector.getByTestId("join-corner")).toBeVisible();

  // Closed to newcomers: no code anywhere on the projector.
  await cockpit.getByRole("button", { name: "Sluiten voor nieuwe deelnemers" }).click();
  await expect(projector.getByTestId("join-corner")).toHaveCount(0);
  await expect(cockpit.getByRole("button", { name: "Code tonen op de beamer" })).toHaveCount(0);

  // Full screen with F, and back with the button.
  await projector.getByTestId("projector").focus();
  await projector.keyboard.press("f");
  await expect.poll(() => projector.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(projector.getByTestId("fullscreen")).toHaveText("Volledig scherm verlaten");
  await projector.getByTestId("fullscreen").click();
  await expect.poll(() => projector.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // The next phase starts on its first page, without a spotlight.
  await chosen.getByTestId("spotlight-toggle").click();
  await expect(projector.getByTestId("spotlight")).toBeVisible();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expect(projector.getByTestId("spotlight")).toHaveCount(0);

  expect(await seriousViolations(projector)).toEqual([]);
  for (const context of [anna.context, bram.context, lead.context]) await context.close();
});
