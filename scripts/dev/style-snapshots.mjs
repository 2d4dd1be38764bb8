// Screenshots for checking that moving styles changes nothing on screen: the same pages of the same
// data before and after, compared pixel by pixel. Against a running Kring (BASE, default
// http://localhost:3000); the pages' data is made once and kept in STATE (a JSON file).
//   node scripts/dev/style-snapshots.mjs shoot <folder>        (makes the data the first time)
//   node scripts/dev/style-snapshots.mjs compare <before> <after>
// Restart Kring before each shoot: a live room kept in memory since before can show older data.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { fillPitch, joinAs, launchBrowser, openSessionAs, postReactions, voteFor } from "./browser.mjs";

const [mode, first, second] = process.argv.slice(2);
const base = process.env.BASE ?? "http://localhost:3000";
const statePath = process.env.STATE ?? "/tmp/kring-style-state.json";
const viewports = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

async function makeState(browser) {
  const page = await browser.newPage();
  const link = await openSessionAs(page, base, { title: "Stijlcontrole" });
  const cockpit = new URL(page.url()).pathname;
  // A lesson round with one revealed reaction, then ended: a report, a search hit, the privacy panel.
  const anna = await joinAs(browser, link, "Anna");
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await page.getByRole("button", { name: "Volgende fase" }).click();
  await page.getByRole("button", { name: "Trek een les" }).click();
  await anna.getByTestId("prompt").locator("blockquote").waitFor();
  await anna.getByLabel("Idee").check();
  await anna.getByPlaceholder("Schrijf hier je reactie…").fill("Elk kwartaal een koffieochtend met de huismeester.");
  await anna.getByRole("button", { name: "Versturen" }).click();
  await anna.getByTestId("own-reaction").waitFor();
  await page.getByRole("button", { name: /Reacties tonen/ }).click();
  await anna.getByTestId("reaction").first().waitFor();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Sessie afsluiten" }).click();
  await page.getByRole("link", { name: "Verslag" }).waitFor();
  await anna.close();
  // A group, and a session of it that is open (its cockpit, for the shortcuts).
  await page.goto(`${base}/groups/new`);
  await page.getByLabel("Naam van de groep").fill("Intervisie team Wonen");
  await page.locator("main").getByRole("button", { name: "Groep maken" }).click();
  await page.waitForURL(/\/groups\/(?!new$)[^/?]+$/);
  const group = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Nieuwe sessie" }).first().click();
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  const openCockpit = new URL(page.url()).pathname;
  // An own deck with a theme and a lesson, for the deck editor.
  await page.goto(`${base}/decks/new`);
  await page.getByLabel("Titel (Nederlands)").fill("Wijkgesprekken");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/edit/);
  const deckEditor = new URL(page.url()).pathname;
  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Nederlands)").fill("Luisteren");
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const addLesson = page.getByRole("region", { name: "Les toevoegen aan Luisteren" });
  await addLesson.getByLabel("Les (Nederlands)").fill("Vraag door voordat je antwoordt.");
  await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
  await page.getByTestId("editor-lesson").first().waitFor();
  const live = await makeLiveState(browser, page, group);
  const state = { cockpit, openCockpit, group, deckEditor, ...live, storage: await page.context().storageState() };
  writeFileSync(statePath, JSON.stringify(state));
  await page.close();
  return state;
}

// The live screens, left running: a lesson round with revealed reactions (cockpit, participant,
// projector), and an incident-method session of the group at its action points (members to choose
// from, a chosen case, an advice the case owner marked, an action point, notes).
async function makeLiveState(browser, page, group) {
  const link = await openSession(page, "Live stijlcontrole");
  const liveCockpit = new URL(page.url()).pathname;
  const anna = await joinAs(browser, link, "Anna");
  const bram = await joinAs(browser, link, "Bram");
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await page.getByRole("button", { name: "Volgende fase" }).click();
  await page.getByRole("button", { name: "Trek een les" }).click();
  for (const [person, kind, text] of [
    [anna, "Idee", "Elk kwartaal een koffieochtend met de huismeester."],
    [bram, "Vraag", "Wie nodigt de nieuwe bewoners uit, en hoe vaak?"],
  ]) {
    await person.getByTestId("prompt").locator("blockquote").waitFor();
    await person.getByLabel(kind).check();
    await person.getByPlaceholder("Schrijf hier je reactie…").fill(text);
    await person.getByRole("button", { name: "Versturen" }).click();
    await person.getByTestId("own-reaction").waitFor();
  }
  await page.getByRole("button", { name: /Reacties tonen/ }).click();
  await anna.getByTestId("reaction").nth(1).waitFor();
  const liveJoin = new URL(link).pathname;
  const participant = await anna.context().storageState();
  await anna.close();
  await bram.close();
  // The group's members, then its incident-method session.
  await page.goto(`${base}${group}`);
  const addForm = page.getByRole("form", { name: "Lid toevoegen" });
  for (const name of ["Anna de Vries", "Bram Jansen", "Carla Smit"]) {
    await addForm.getByLabel("Naam").fill(name);
    await addForm.getByRole("button", { name: "Lid toevoegen" }).click();
    await page.getByTestId("member").filter({ hasText: name }).waitFor();
  }
  await page.getByRole("link", { name: "Nieuwe sessie" }).first().click();
  await page.getByLabel("Titel").fill("Intervisie stijlcontrole");
  await page.getByLabel("Werkvorm").selectOption({ label: "Incidentmethode" });
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  const caseCockpit = new URL(page.url()).pathname;
  const caseLink = await page.getByTestId("join-link").first().getAttribute("href");
  const people = {};
  for (const name of ["Anna", "Bram", "Carla"]) people[name] = await joinAs(browser, caseLink, name);
  const jump = (title) => page.getByRole("button", { name: new RegExp(`^${title}`) }).click();
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await jump("Casussen inbrengen");
  await pitchCases(people);
  await jump("Casus kiezen");
  await voteFor(people, ["Bram", "Carla"], "Bewonerscommissie haakt af");
  await page.getByText("2 stemmen").waitFor();
  await page.getByRole("button", { name: "Kies deze casus: Bewonerscommissie haakt af" }).click();
  await jump("Adviesronde");
  await postReactions(people, [
    ["Bram", "Ga bij een van de leden thuis op de koffie en vraag wat er nodig is om weer te komen."],
    ["Carla", "Plan het overleg op een avond in de buurtkamer in plaats van overdag op kantoor."],
  ]);
  const advice = people.Anna.getByTestId("reaction").filter({ hasText: "buurtkamer" });
  await advice.getByRole("button", { name: "Bruikbaar" }).click();
  await people.Anna.getByText("Bruikbaar volgens de inbrenger").waitFor();
  await jump("Actiepunten");
  const panel = people.Bram.getByTestId("action-points");
  await panel.getByLabel("Naar aanleiding van").selectOption({ index: 2 });
  await panel.getByLabel("Wat ga je doen?").fill("Overleg in de buurtkamer plannen, op een avond");
  await panel.getByLabel("Eigenaar").selectOption({ label: "Anna" });
  await panel.getByLabel("Deadline").fill("2031-03-14");
  await panel.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await page.getByTestId("action-point").waitFor();
  const caseOwner = await people.Anna.context().storageState();
  for (const person of Object.values(people)) await person.close();
  // A session left at choosing a case: the case board with its votes.
  const boardLink = await openSession(page, "Casus kiezen", "Incidentmethode");
  const boardCockpit = new URL(page.url()).pathname;
  const voters = {};
  for (const name of ["Anna", "Bram", "Carla"]) voters[name] = await joinAs(browser, boardLink, name);
  await page.getByRole("button", { name: "Sessie starten" }).click();
  await jump("Casussen inbrengen");
  await pitchCases(voters);
  await jump("Casus kiezen");
  await voteFor(voters, ["Bram"], "Bewonerscommissie haakt af");
  await page.getByText("1 stem").first().waitFor();
  const voter = await voters.Bram.context().storageState();
  for (const person of Object.values(voters)) await person.close();
  return {
    liveCockpit,
    liveJoin,
    participant,
    caseCockpit,
    caseJoin: new URL(caseLink).pathname,
    caseOwner,
    boardCockpit,
    voter,
  };
}

/** A new session of the facilitator signed in on `page`; resolves with its join link once connected. */
async function openSession(page, title, method) {
  await page.goto(`${base}/sessions/new`);
  await page.getByLabel("Titel").fill(title);
  if (method) await page.getByLabel("Werkvorm").selectOption({ label: method });
  await page.getByRole("button", { name: "Sessie openen" }).click();
  await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  return page.getByTestId("join-link").first().getAttribute("href");
}

async function pitchCases(people) {
  for (const [name, title, question] of [
    ["Anna", "Bewonerscommissie haakt af", "Sinds de renovatie komen er nog maar twee leden. Hoe krijg ik ze terug?"],
    [
      "Carla",
      "Klachten over de schoonmaak",
      "Bewoners mailen mij over de schoonmaak. Hoe leid ik dat naar de beheerder?",
    ],
  ]) {
    const send = await fillPitch(people[name], title, question);
    await send();
  }
}

/** Waits until the page stops changing (what loads after the first paint, such as suggestions). */
async function settle(page) {
  let last = "";
  for (let same = 0; same < 4; ) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => `${document.documentElement.scrollHeight}:${document.body.textContent}`);
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

function compare(before, after) {
  let changed = 0;
  for (const name of readdirSync(before).filter((file) => file.endsWith(".png"))) {
    const a = PNG.sync.read(readFileSync(join(before, name)));
    const b = existsSync(join(after, name)) ? PNG.sync.read(readFileSync(join(after, name))) : null;
    if (!b || a.width !== b.width || a.height !== b.height) {
      console.log(`${name}: size ${a.width}x${a.height} -> ${b ? `${b.width}x${b.height}` : "missing"}`);
      changed += 1;
      continue;
    }
    let pixels = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) pixels += 1;
    }
    console.log(`${name}: ${pixels === 0 ? "same" : `${pixels} pixels differ`}`);
    if (pixels > 0) changed += 1;
  }
  console.log(changed === 0 ? "no visual change" : `${changed} screenshots changed`);
}

if (mode === "compare") {
  compare(first, second);
} else if (mode === "shoot") {
  mkdirSync(first, { recursive: true });
  const browser = await launchBrowser();
  const state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, "utf8")) : await makeState(browser);
  const connected = async (page) => page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
  const reactionsShown = async (page) => page.getByTestId("reaction").nth(1).waitFor();
  const pages = [
    [
      "plan",
      `${state.cockpit}/plan`,
      async (page) =>
        page
          .locator("details")
          .first()
          .evaluate((el) => (el.open = true)),
    ],
    ["dashboard", "/dashboard"],
    ["decks", "/decks"],
    ["deck", "/decks/professioneel-participeren-2012"],
    ["deck-new", "/decks/new"],
    ["deck-editor", state.deckEditor],
    ["archive", "/sessions"],
    ["archive-search", "/sessions?q=koffieochtend"],
    ["report", `${state.cockpit}/report`],
    ["group", state.group],
    ["group-actions", `${state.group}/actions`],
    [
      "shortcuts",
      state.openCockpit,
      async (page) => {
        await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
        await page.keyboard.press("?");
        await page.getByRole("dialog").waitFor();
      },
    ],
    ["group-insights", `${state.group}/insights`],
    ["live-cockpit", state.liveCockpit, connected],
    ["live-projector", `${state.liveCockpit}/projector`, reactionsShown],
    ["case-cockpit", state.caseCockpit, connected],
    ["case-projector", `${state.caseCockpit}/projector`, async (page) => page.getByTestId("chosen-case").waitFor()],
    ["board-cockpit", state.boardCockpit, connected],
    [
      "board-projector",
      `${state.boardCockpit}/projector`,
      async (page) => page.getByText("Klachten over de schoonmaak").first().waitFor(),
    ],
  ];
  // Pages as a participant sees them (each their own signed-in browser).
  const participantPages = [
    ["participant", state.participant, `/live/${state.liveCockpit.split("/").pop()}`, reactionsShown],
    ["case-owner", state.caseOwner, `/live/${state.caseCockpit.split("/").pop()}`, connected],
    ["case-voter", state.voter, `/live/${state.boardCockpit.split("/").pop()}`, connected],
  ];
  // Pages as someone who is not signed in sees them.
  const visitorPages = [
    ["landing", "/"],
    ["join", state.liveJoin],
    ["join-group", state.caseJoin],
  ];
  const shoot = async (page, name, path, prepare, viewport) => {
    await page.goto(`${base}${path}`);
    await page.evaluate(() => document.fonts.ready);
    if (prepare) await prepare(page);
    await settle(page);
    // A running timer changes every second: it is masked (its box still shows where it is). When
    // someone last spoke ("zojuist", "3 min") changes with the clock, and the table's widths with it.
    await page.locator('[data-testid="balance-table"] td:last-child').evaluateAll((cells) => {
      for (const cell of cells) cell.textContent = "—";
    });
    const mask = [page.getByTestId("timer")];
    await page.screenshot({ path: join(first, `${name}-${viewport.width}.png`), fullPage: true, mask });
  };
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport, storageState: state.storage, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const [name, path, prepare] of pages) await shoot(page, name, path, prepare, viewport);
    await context.close();
    for (const [name, storageState, path, prepare] of participantPages) {
      const own = await browser.newContext({ viewport, storageState, reducedMotion: "reduce" });
      await shoot(await own.newPage(), name, path, prepare, viewport);
      await own.close();
    }
    for (const [name, path, prepare] of visitorPages) {
      const visitor = await browser.newPage({ viewport, reducedMotion: "reduce" });
      await shoot(visitor, name, path, prepare, viewport);
      await visitor.close();
    }
  }
  await browser.close();
  console.log(`screenshots in ${first}`);
} else {
  console.error("use: style-snapshots.mjs shoot <folder> | compare <before> <after>");
  process.exit(2);
}
