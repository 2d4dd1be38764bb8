// Screenshots for checking that moving styles changes nothing on screen: the same pages of the same
// data before and after, compared pixel by pixel. Against a running Kring (BASE, default
// http://localhost:3000); the pages' data is made once and kept in STATE (a JSON file).
//   node scripts/dev/style-snapshots.mjs shoot <folder>        (makes the data the first time)
//   node scripts/dev/style-snapshots.mjs compare <before> <after>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { joinAs, launchBrowser, openSessionAs } from "./browser.mjs";

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
  const state = { cockpit, openCockpit, group, deckEditor, storage: await page.context().storageState() };
  writeFileSync(statePath, JSON.stringify(state));
  await page.close();
  return state;
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
  ];
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport, storageState: state.storage, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const [name, path, prepare] of pages) {
      await page.goto(`${base}${path}`);
      await page.evaluate(() => document.fonts.ready);
      if (prepare) await prepare(page);
      await page.screenshot({ path: join(first, `${name}-${viewport.width}.png`), fullPage: true });
    }
    await context.close();
    // The landing page, as someone who is not signed in sees it.
    const visitor = await browser.newPage({ viewport, reducedMotion: "reduce" });
    await visitor.goto(base);
    await visitor.evaluate(() => document.fonts.ready);
    await visitor.screenshot({ path: join(first, `landing-${viewport.width}.png`), fullPage: true });
    await visitor.close();
  }
  await browser.close();
  console.log(`screenshots in ${first}`);
} else {
  console.error("use: style-snapshots.mjs shoot <folder> | compare <before> <after>");
  process.exit(2);
}
