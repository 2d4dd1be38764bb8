import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { joinAs, jumpTo, newParticipantPage, openSession } from "./live-fixtures";

/**
 * A whole live session under the Content-Security-Policy: facilitator, participant and projector,
 * from signing up to the report. Any CSP violation (an inline script or style, a socket to an
 * origin the policy does not name, a font or image from elsewhere) and any console error fails it.
 */
const MISSING_PAGE = "/no-such-page";

interface Problem {
  page: string;
  what: string;
}

async function watch(context: BrowserContext, problems: Problem[]) {
  await context.exposeBinding("__kringCspViolation", ({ page }, violation: string) => {
    problems.push({ page: page.url(), what: `CSP violation: ${violation}` });
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __kringCspViolation: (text: string) => void }).__kringCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const onPage = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // The 404 page itself, visited on purpose: the browser reports its status.
      if (new URL(message.location().url || page.url()).pathname === MISSING_PAGE) return;
      problems.push({ page: page.url(), what: `console: ${message.text()} (${message.location().url})` });
    });
    page.on("pageerror", (error) => problems.push({ page: page.url(), what: `page error: ${error.message}` }));
  };
  context.on("page", onPage);
  for (const page of context.pages()) onPage(page);
}

/** The policy a page was served with: a nonce for scripts, nothing inline. */
function expectStrictPolicy(csp: string | undefined) {
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
}

test("a whole live session runs under the CSP without a violation or a console error", async ({ browser }) => {
  test.slow();
  const problems: Problem[] = [];
  // Every context the fixtures open is watched before its first page loads.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watch(context, problems);
    return context;
  };

  const lead = await openSession(browser, { title: "Onder het beleid" });
  const cockpit = lead.page;
  expectStrictPolicy((await cockpit.reload())?.headers()["content-security-policy"]);
  await expect(cockpit.getByTestId("connection")).toHaveText("Verbonden");

  // The participant: the join page (a refused form first), then the live page.
  const anna = await newParticipantPage(browser);
  const joinPage = await anna.page.goto(lead.link);
  expectStrictPolicy(joinPage?.headers()["content-security-policy"]);
  await anna.page.getByLabel("Je naam").fill("Anna");
  await anna.page.getByRole("button", { name: "Meedoen" }).click();
  await expect(anna.page.getByText("Accepteer de groepsafspraken om mee te doen.")).toBeVisible();
  await joinAs(anna.page, "Anna");

  // The projector, in a window of its own, with the QR code.
  const projector = await lead.context.newPage();
  expectStrictPolicy(
    (await projector.goto(`/sessions/${lead.sessionId}/projector`))?.headers()["content-security-policy"],
  );
  await expect(projector.getByTestId("join-code")).toHaveText(lead.code);
  await expect(projector.getByRole("img", { name: /^QR[- ]code/ }).locator("svg")).toBeVisible();

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  await expect(anna.page.getByText("Hoe zit je erbij vandaag?")).toBeVisible();
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await cockpit.getByRole("button", { name: "Start", exact: true }).click();
  await cockpit.getByRole("button", { name: "Trek een les" }).click();
  await anna.page.getByTestId("prompt").locator("blockquote").waitFor();
  await anna.page.getByLabel("Ervaring").check();
  await anna.page.getByPlaceholder("Schrijf hier je reactie…").fill("Een vast aanspreekpunt <b>hielp</b> ons.");
  await anna.page.getByRole("button", { name: "Versturen" }).click();
  await expect(anna.page.getByTestId("own-reaction")).toHaveCount(1);
  await cockpit.getByRole("button", { name: /Reacties tonen/ }).click();
  for (const page of [anna.page, projector, cockpit]) await expect(page.getByTestId("reaction")).toHaveCount(1);
  await expect(projector.getByText("Een vast aanspreekpunt <b>hielp</b> ons.")).toBeVisible();

  await jumpTo(cockpit, "Actiepunten");
  // The panel moves into the main column once the phase has begun; typing before that would type
  // into a form that is on its way out.
  await expect(cockpit.getByRole("button", { name: /^Actiepunten/ })).toBeDisabled();
  const panel = cockpit.getByTestId("cockpit-main").getByTestId("action-points");
  await panel.getByLabel("Wat ga je doen?").fill("Aanspreekpunt regelen");
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(cockpit.getByTestId("action-point")).toContainText("Aanspreekpunt regelen");
  cockpit.once("dialog", (dialog) => void dialog.accept());
  await cockpit.getByRole("button", { name: "Sessie afsluiten" }).click();

  // The report, with its charts (drawn without inline styles), and the language switch.
  await cockpit.getByRole("link", { name: "Verslag" }).click();
  await expect(cockpit.getByTestId("report-insights")).toBeVisible();
  await expect(cockpit.getByTestId("report-reaction")).toHaveCount(1);
  await cockpit.getByRole("button", { name: "Switch to English" }).click();
  await expect(cockpit.locator("html")).toHaveAttribute("lang", "en");
  await anna.page.goto(`/sessions/${lead.sessionId}/report`);
  await expect(anna.page.getByTestId("report-reaction")).toHaveCount(1);

  // The other screens, each loaded afresh: lists, the archive with a search, a deck, the plan
  // editor, a group form, a page that does not exist, and client-side navigation between them.
  for (const path of [
    "/dashboard",
    "/sessions?q=aanspreekpunt",
    "/decks",
    "/groups",
    "/groups/new",
    "/decks/new",
    `/sessions/${lead.sessionId}/report`,
    MISSING_PAGE,
  ]) {
    const response = await cockpit.goto(path);
    expectStrictPolicy(response?.headers()["content-security-policy"]);
    await expect(cockpit.locator("main h1").first()).toBeVisible();
  }
  await cockpit.locator("header a[href='/decks']").click();
  await cockpit.waitForURL(/\/decks$/);
  await cockpit.locator("main a[href^='/decks/']").first().click();
  await expect(cockpit.locator("main h1")).toBeVisible();

  expect(problems).toEqual([]);
  for (const context of [anna.context, lead.context]) await context.close();
});
