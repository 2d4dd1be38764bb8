import { expect, test } from "@playwright/test";
import { groupWithActionPoints } from "./action-fixtures";
import { seriousViolations } from "./axe";
import { signUp, uniqueEmail } from "./fixtures";
import { openSession } from "./live-fixtures";

for (const path of ["/", "/signin", "/signup", "/decks", "/decks/professioneel-participeren-2012", "/join?code=x"]) {
  test(`no serious accessibility problems on ${path}, in Dutch and English`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("no serious accessibility problems on the dashboard, and it works from the keyboard", async ({ page }) => {
  await signUp(page, { name: "Dewi", email: uniqueEmail("dewi") });
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/dashboard");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("no serious accessibility problems on the group pages, in Dutch and English", async ({ page }) => {
  // Twelve pages, each loaded and checked by axe: a long walk on a busy two-core machine.
  test.slow();
  await signUp(page, { name: "Fenna", email: uniqueEmail("fenna") });
  const check = async (path: string) => {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  };
  await check("/groups"); // empty
  await check("/groups/new");
  await page.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await page.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await page.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const groupPath = new URL(page.url()).pathname;
  // A group with a current member, a former member and a session, and an error on the form.
  const addForm = page.getByRole("form", { name: "Lid toevoegen" });
  for (const name of ["Anna de Vries", "Bram Jansen"]) {
    await addForm.getByLabel("Naam").fill(name);
    await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(page.getByTestId("member").filter({ hasText: name })).toBeVisible();
  }
  await page.getByRole("button", { name: "Anna de Vries heeft de groep verlaten" }).click();
  await expect(page.getByTestId("former-member")).toHaveCount(1);
  await page.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await page.getByLabel("Titel").fill("Intervisie maart");
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/(?!new)[^/?]+$/);

  for (const locale of ["nl", "en"]) {
    for (const path of ["/groups", "/groups/new", groupPath, `${groupPath}/edit`, "/dashboard"]) await check(path);
    await page.goto(groupPath);
    await page.locator("#new-member-name").fill("Carla");
    await page.locator("#new-member-email").fill("x@");
    await page.locator(".member-add-form button[type=submit]").click();
    await expect(page.locator("#new-member-email")).toHaveAttribute("aria-invalid", "true");
    await page.getByTestId("member").getByRole("button").first().click(); // edit Bram in place
    await expect(page.locator(".member-edit-form")).toBeVisible();
    expect(await seriousViolations(page), `${groupPath} (${locale}, errors and editing)`).toEqual([]);
    if (locale === "nl") {
      await page.getByTestId("language-switch").click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
  }
});

test("no serious accessibility problems on a group's Facilitators card, in Dutch and English", async ({ browser }) => {
  test.slow();
  const owner = await (await browser.newContext()).newPage();
  const other = await (await browser.newContext()).newPage();
  const otherEmail = uniqueEmail("sanne");
  await signUp(owner, { name: "Fenna", email: uniqueEmail("fenna") });
  await signUp(other, { name: "Sanne", email: otherEmail });
  await owner.goto("/groups/new");
  await owner.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await owner.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await owner.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const groupPath = new URL(owner.url()).pathname;
  const card = owner.locator("#facilitators");
  expect(await seriousViolations(owner), "card, owner alone").toEqual([]);
  await owner.locator("#new-facilitator-email").fill(otherEmail);
  await card.locator(".facilitator-add-form button[type=submit]").click();
  await expect(card.getByTestId("facilitator")).toHaveCount(2);

  for (const locale of ["nl", "en"]) {
    // The owner: a refused address and the remove confirmation open.
    await owner.goto(groupPath);
    await owner.locator("#new-facilitator-email").fill("nobody@example.org");
    await card.locator(".facilitator-add-form button[type=submit]").click();
    await expect(owner.locator("#new-facilitator-email")).toHaveAttribute("aria-invalid", "true");
    await card.locator("summary").click();
    await expect(card.locator(".facilitator-confirm-body")).toBeVisible();
    expect(await seriousViolations(owner), `${groupPath} (${locale}, owner)`).toEqual([]);
    // The co-facilitator, with "leave" open.
    await other.goto(groupPath);
    await other.locator("#facilitators summary").click();
    await expect(other.locator("#facilitators .facilitator-confirm-body")).toBeVisible();
    expect(await seriousViolations(other), `${groupPath} (${locale}, co-facilitator)`).toEqual([]);
    if (locale === "nl") {
      for (const page of [owner, other]) {
        await page.getByTestId("language-switch").click();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      }
    }
  }
  // After removing: the notice.
  await owner.goto(groupPath);
  await card.locator("summary").click();
  await card.locator(".facilitator-confirm-body button").click();
  await expect(card.getByText("That facilitator no longer shares this group.")).toBeVisible();
  expect(await seriousViolations(owner), `${groupPath} (en, removed)`).toEqual([]);
  await owner.context().close();
  await other.context().close();
});

test("no serious accessibility problems on the phase plan editor, in Dutch and English", async ({ browser }) => {
  const lead = await openSession(browser, { title: "Intervisie toegankelijk" });
  const page = lead.page;
  await page.goto(`/sessions/${lead.sessionId}/plan`);
  await expect(page.getByTestId("plan-phase")).toHaveCount(5);
  expect(await seriousViolations(page), "plan").toEqual([]);
  // With the rules open, a mistake on the page and unsaved changes.
  const first = page.getByTestId("plan-phase").first();
  await first.locator("summary").click();
  await first.getByLabel("Duur in minuten").fill("0");
  await page.getByRole("button", { name: "Plan opslaan" }).click();
  await expect(first.getByLabel("Duur in minuten")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page), "plan with an error").toEqual([]);
  await page.getByRole("button", { name: "Wijzigingen weggooien" }).click();
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Phase plan" })).toBeVisible();
  expect(await seriousViolations(page), "plan in English").toEqual([]);
  await lead.context.close();
});

test("no serious accessibility problems on a session report, in Dutch and English", async ({ browser }) => {
  const lead = await openSession(browser, { title: "Verslag toegankelijk" });
  const page = lead.page;
  await page.goto(`/sessions/${lead.sessionId}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Verslag toegankelijk" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fasen en tijd" })).toBeVisible();
  expect(await seriousViolations(page), "report").toEqual([]);
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { name: "Phases and time" })).toBeVisible();
  expect(await seriousViolations(page), "report in English").toEqual([]);
  await lead.context.close();
});

test("no serious accessibility problems on a group's insights, in Dutch and English", async ({ page }) => {
  await signUp(page, { name: "Gijs", email: uniqueEmail("gijs") });
  await page.goto("/groups/new");
  await page.getByLabel("Naam van de groep").fill("Intervisie team Zorg");
  await page.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await page.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const insightsPath = `${new URL(page.url()).pathname}/insights`;
  // Before the first session: the page says the charts come once a session starts.
  await page.goto(insightsPath);
  await expect(page.getByText("Deze groep heeft nog geen sessie gehouden.", { exact: false })).toBeVisible();
  expect(await seriousViolations(page), "insights, empty").toEqual([]);
  // A session held (started and ended): totals and charts.
  await page.goto(insightsPath.replace(/\/insights$/, ""));
  await page.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await page.getByLabel("Titel").fill("Intervisie juni");
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  // The cockpit is drawn before its live channel answers: start once it has.
  await expect(page.getByTestId("connection")).toHaveText("Verbonden");
  await page.getByRole("button", { name: "Sessie starten" }).click();
  // Held means started: ending it from the lobby would leave the group without a session.
  await expect(page.getByText(/^Fase 1 van \d+/)).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Sessie afsluiten" }).click();
  await expect(page.getByRole("link", { name: "Verslag" })).toBeVisible();
  await page.goto(insightsPath);
  await expect(page.getByRole("img", { name: /^Sessies per maand\./ })).toBeVisible();
  expect(await seriousViolations(page), "insights").toEqual([]);
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("img", { name: /^Sessions per month\./ })).toBeVisible();
  expect(await seriousViolations(page), "insights in English").toEqual([]);
});

test("no serious accessibility problems on a group's action-point overview, in Dutch and English", async ({
  browser,
}) => {
  test.slow();
  const { leadContext, groupUrl, others } = await groupWithActionPoints(browser);
  for (const other of others) await other.context().close();
  const page = await leadContext.newPage();
  await page.goto(`${groupUrl}/actions`);
  // One point in done, one open; a notice after the change; then filtered by owner.
  await page.getByRole("button", { name: "Markeer als gedaan: Zaal in de buurtkamer reserveren" }).click();
  await expect(page.getByRole("status")).toHaveText("Gedaan: Zaal in de buurtkamer reserveren");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action points · Team Zuid");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Anna de Vries (1 open)" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page.getByText("You are looking at the action points of Anna de Vries.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await leadContext.close();
});

test("no serious accessibility problems on the archive, a report's sharing panel and a shared report, in Dutch and English", async ({
  browser,
}) => {
  const lead = await openSession(browser, { title: "Archief toegankelijk" });
  const page = lead.page;
  await page.goto("/sessions?q=huurders&from=2026-13-01");
  await expect(page.getByText("Niet begrepen en daarom niet gebruikt: de begindatum.")).toBeVisible();
  expect(await seriousViolations(page), "archive with a search").toEqual([]);
  await page.getByTestId("language-switch").click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  expect(await seriousViolations(page), "archive in English").toEqual([]);
  await page.goto("/sessions");
  await expect(page.getByTestId("archive-session")).toHaveCount(1);
  expect(await seriousViolations(page), "archive list in English").toEqual([]);

  await page.goto(`/sessions/${lead.sessionId}/report`);
  await page.getByRole("button", { name: "Make a share link" }).click();
  const shareUrl = await page.getByLabel("Share link").inputValue();
  expect(await seriousViolations(page), "report with a new share link").toEqual([]);
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(shareUrl);
  await expect(stranger.getByText("Gedeeld verslag, alleen-lezen.")).toBeVisible();
  expect(await seriousViolations(stranger), "shared report").toEqual([]);
  await stranger.goto("/r/not-a-link");
  await expect(stranger.getByRole("heading", { level: 1, name: "Deze link werkt niet (meer)" })).toBeVisible();
  expect(await seriousViolations(stranger), "a link that does not work").toEqual([]);
  await strangerContext.close();
  await lead.context.close();
});

test("no serious accessibility problems on the own-deck pages, in Dutch and English", async ({ page }) => {
  await signUp(page, { name: "Ilse", email: uniqueEmail("ilse") });
  const check = async (path: string, prepare?: () => Promise<void>) => {
    await page.goto(path);
    await prepare?.();
    expect(await seriousViolations(page), `${path} (nl)`).toEqual([]);
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await prepare?.();
    expect(await seriousViolations(page), `${path} (en)`).toEqual([]);
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  };
  await check("/decks"); // no own deck yet
  await check("/decks/new", async () => {
    await page.locator("main form button[type=submit]").click(); // an error on the form
    await expect(page.locator(".field-error")).toBeVisible();
  });
  await page.goto("/decks/new");
  await page.getByLabel("Titel (Nederlands)").fill("Toegankelijk deck");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/edit/);
  const editor = new URL(page.url()).pathname;
  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Nederlands)").fill("Thema");
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const addLesson = page.getByRole("region", { name: "Les toevoegen aan Thema" });
  await addLesson.getByLabel("Les (Nederlands)").fill("Een les.");
  await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
  await expect(page.getByTestId("editor-lesson")).toHaveCount(1);
  await check(editor, async () => {
    // Every details open: the deck's texts, the theme's and lesson's forms, the confirmations.
    for (const summary of await page.locator("main summary").all()) await summary.click();
  });
  await check(editor.replace(/\/edit$/, ""));
  await check("/decks"); // with the own deck
});
