import { expect, type Page, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expectNoSidewaysScroll, signUp, uniqueEmail } from "./fixtures";
import { chooseMember, joinAs, joinByLink, openSession } from "./live-fixtures";

/** Where the screenshots of what this spec adds go, to be looked at. */
const SHOTS = process.env.KRING_SHOTS_DIR ?? "test-results/balance";

async function post(page: Page, text: string) {
  await page.getByPlaceholder("Schrijf hier je reactie…").fill(text);
  await page.getByRole("button", { name: "Versturen" }).click();
  // Visible at once in the check-in, among the round's reactions.
  await expect(page.getByTestId("reaction").filter({ hasText: text })).toBeVisible();
}

test("the facilitator sees who has not spoken yet, until they do; nobody else sees it", async ({ browser }) => {
  test.slow();
  const lead = await openSession(browser, { title: "Balans in de groep" });
  const cockpit = lead.page;
  await cockpit.setViewportSize({ width: 1366, height: 768 });
  const sanne = await joinByLink(browser, lead.link, "Sanne");
  const piet = await joinByLink(browser, lead.link, "Piet");
  const projector = await lead.context.newPage();
  await projector.goto(`/sessions/${lead.sessionId}/projector`);

  await cockpit.getByRole("button", { name: "Sessie starten" }).click();
  const balance = cockpit.getByRole("region", { name: "Balans in de groep" });
  await expect(balance).toBeVisible();
  await expect(balance.getByText("Anonieme bijdragen tellen niet per persoon mee.")).toBeVisible();
  // Before anyone has said anything there is no cue: it would name everyone.
  await expect(balance.getByTestId("balance-cue")).toHaveCount(0);

  await post(piet.page, "Goed, zin in vandaag.");
  await expect(balance.getByTestId("balance-cue")).toHaveText("Sanne heeft nog niets gezegd");
  const pietRow = balance.getByRole("row", { name: /Piet/ });
  await expect(pietRow.getByRole("cell")).toHaveText(["1", "0", "zojuist"]);
  await expect(balance.getByRole("row", { name: /Sanne/ }).getByRole("cell")).toHaveText(["0", "0", "nog niets"]);
  expect(await seriousViolations(cockpit)).toEqual([]);
  await balance.scrollIntoViewIfNeeded();
  await cockpit.screenshot({ path: `${SHOTS}/cockpit-1366x768-nl.png` });

  // Neither the projector nor a participant's screen shows any of it.
  for (const page of [projector, sanne.page, piet.page]) {
    await expect(page.getByText("heeft nog niets gezegd")).toHaveCount(0);
    await expect(page.getByTestId("balance")).toHaveCount(0);
  }

  await post(sanne.page, "Moe, maar ik ben er.");
  await expect(balance.getByTestId("balance-cue")).toHaveCount(0);
  await expect(balance.getByRole("row", { name: /Sanne/ }).getByRole("cell")).toHaveText(["1", "0", "zojuist"]);

  // Counted for the whole session or one phase: the lesson round has none yet.
  await cockpit.getByRole("button", { name: "Volgende fase" }).click();
  await expect(pietRow.getByRole("cell").first()).toHaveText("0");
  await balance.getByLabel("Tellen voor").selectOption({ label: "Hele sessie" });
  await expect(pietRow.getByRole("cell").first()).toHaveText("1");

  // In English, and folded away for a screen that is shared.
  await cockpit.getByTestId("language-switch").click();
  await expect(cockpit.locator("html")).toHaveAttribute("lang", "en");
  const inEnglish = cockpit.getByRole("region", { name: "Balance in the group" });
  await expect(inEnglish.getByText("Anonymous contributions are not counted per person.")).toBeVisible();
  await expect(inEnglish.getByRole("columnheader")).toHaveText(["Name", "Posts", "Turns", "Last"]);
  expect(await seriousViolations(cockpit)).toEqual([]);
  await inEnglish.scrollIntoViewIfNeeded();
  await cockpit.screenshot({ path: `${SHOTS}/cockpit-1366x768-en.png` });
  await inEnglish.getByRole("button", { name: /Balance in the group/ }).click();
  await expect(inEnglish.getByRole("table")).toBeHidden();
});

test("the group page suggests who brings the case and takes the notes next", async ({ browser }) => {
  test.slow();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, { name: "Marieke", email: uniqueEmail("marieke") });
  await page.goto("/groups/new");
  await page.getByLabel("Naam van de groep").fill("Team Noord");
  await page.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await page.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const groupUrl = page.url();
  const addForm = page.getByRole("form", { name: "Lid toevoegen" });
  for (const name of ["Anna de Vries", "Bram Koper", "Carla Smit"]) {
    await addForm.getByLabel("Naam").fill(name);
    await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
    await expect(page.getByTestId("member").filter({ hasText: name })).toBeVisible();
  }
  // A session in which Bram took the notes.
  await page.getByRole("link", { name: "Nieuwe sessie voor deze groep" }).first().click();
  await page.getByLabel("Titel").fill("Intervisie december");
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.waitForURL(/\/sessions\/(?!new)[^/?]+$/);
  await expect(page.getByTestId("connection")).toHaveText("Verbonden");
  const link = (await page.getByTestId("join-link").first().getAttribute("href")) ?? "";
  const bram = await (await browser.newContext()).newPage();
  await bram.goto(link);
  await joinAs(bram, "Bram");
  await chooseMember(bram, "Bram Koper");
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await page.getByLabel("Rol van Bram").selectOption({ label: "Notulist" });
  await expect(page.getByLabel("Rol van Bram")).toHaveValue("note_taker");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(groupUrl);
  const rotation = page.getByRole("region", { name: "Rollen rouleren" });
  await expect(rotation.getByTestId("rotation-next-case")).toHaveText(
    /Volgende inbrenger\s*Anna de Vries\s*nog nooit gedaan/,
  );
  // Bram took the notes last time; Carla never has.
  await expect(rotation.getByTestId("rotation-next-notes")).toHaveText(
    /Volgende notulist\s*Carla Smit\s*nog nooit gedaan/,
  );
  await expect(rotation.getByRole("row", { name: /Bram Koper/ }).getByRole("cell")).toHaveText([
    "0",
    "1",
    "0",
    "0 van 1",
  ]);
  await expect(rotation.getByText("Anonieme bijdragen tellen niet per persoon mee.")).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);
  await rotation.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/group-390x844-nl.png` });

  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = page.getByRole("region", { name: "Rotating roles" });
  await expect(english.getByTestId("rotation-next-notes")).toHaveText(/Next note taker\s*Carla Smit\s*never done it/);
  expect(await seriousViolations(page)).toEqual([]);
  await english.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/group-390x844-en.png` });
});
