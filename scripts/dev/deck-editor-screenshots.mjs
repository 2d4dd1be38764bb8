// Screenshots of the editor of a facilitator's own deck against a running Kring (BASE, default
// http://localhost:3000): a deck with two themes and lessons, one lesson only in Dutch, one dealt
// in a session (so it is frozen). FULL=1 also saves /decks (decks-list.png), the deck in English
// (deck-own-en.png) and the whole editor (deck-editor-full.png):
//   FULL=1 node scripts/dev/deck-editor-screenshots.mjs
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { launchBrowser, submitSignUp } from "./browser.mjs";

const base = process.env.BASE ?? "http://localhost:3000";
const out = process.env.OUT ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const viewport = { width: 1366, height: 768 };
const suffix = randomBytes(3).toString("hex");

const page = await (await browser.newContext({ viewport })).newPage();
await page.goto(`${base}/signup`);
await page.getByLabel("Naam").fill("Marieke Jansen");
await page.getByLabel("E-mailadres").fill(`marieke-${suffix}@corporatie.nl`);
await page.getByLabel("Wachtwoord").fill("bewoners-2026");
await submitSignUp(page);

await page.goto(`${base}/decks/new`);
await page.getByLabel("Titel (Nederlands)").fill("Wijkgesprekken");
await page.getByLabel("Titel (Engels)").fill("Neighbourhood talks");
await page.getByLabel("Inleiding (Nederlands)").fill("Lessen uit drie jaar keukentafelgesprekken in de wijk.");
await page.getByRole("button", { name: "Deck maken" }).click();
await page.waitForURL(/\/edit/);
const editor = page.url().split("?")[0];

const themes = [
  [
    "Luisteren",
    "Listening",
    "Eerst horen wat er speelt, dan pas praten.",
    [
      ["Vraag door voordat je antwoordt.", "Ask one more question before you answer."],
      ["Laat stiltes vallen: bewoners vullen ze vaak met wat er echt speelt.", ""],
    ],
  ],
  [
    "Terugkoppelen",
    "Reporting back",
    "Wat je ophaalt, breng je ook weer terug.",
    [["Vertel binnen twee weken wat er met een idee gebeurt.", "Say within two weeks what happens to an idea."]],
  ],
];
for (const [titleNl, titleEn, framingNl, lessons] of themes) {
  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Nederlands)").fill(titleNl);
  await addTheme.getByLabel("Naam van het thema (Engels)").fill(titleEn);
  await addTheme.getByLabel("Eén regel over het thema (Nederlands)").fill(framingNl);
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const addLesson = page.getByRole("region", { name: `Les toevoegen aan ${titleNl}` });
  for (const [nl, en] of lessons) {
    await addLesson.getByLabel("Les (Nederlands)").fill(nl);
    await addLesson.getByLabel("Les (Engels)").fill(en);
    await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
    await page.getByTestId("editor-lesson").filter({ hasText: nl }).waitFor();
  }
}

// A session with the deck, one lesson dealt: that lesson is frozen in the editor.
await page.goto(`${base}/sessions/new`);
await page.getByLabel("Titel", { exact: true }).fill("Wijkteam oost");
await page.getByLabel("Lesdeck").selectOption({ label: "Wijkgesprekken" });
await page.getByRole("button", { name: "Sessie openen" }).click();
await page.waitForURL(/\/sessions\/[^/]+$/);
await page.getByTestId("connection").filter({ hasText: "Verbonden" }).waitFor();
await page.getByRole("button", { name: "Sessie starten" }).click();
await page.getByLabel("Kies een les").selectOption({ index: 0 });
await page.getByRole("button", { name: "Uitdelen", exact: true }).click();
await page.getByTestId("prompt").locator("blockquote").waitFor();

await page.goto(editor);
await page.evaluate(() => {
  const top = document.querySelector(".deck-editor .eyebrow")?.getBoundingClientRect().top ?? 0;
  window.scrollTo(0, top + window.scrollY - 24);
});
await page.screenshot({ path: `${out}/deck-editor.png` });
if (process.env.FULL) {
  await page.goto(`${base}/decks`);
  await page.screenshot({ path: `${out}/decks-list.png`, fullPage: true });
  await page.getByTestId("language-switch").click();
  await page.locator("html[lang=en]").waitFor();
  await page.goto(editor.replace(/\/edit$/, ""));
  await page.screenshot({ path: `${out}/deck-own-en.png`, fullPage: true });
  await page.goto(editor);
}
if (process.env.FULL) await page.screenshot({ path: `${out}/deck-editor-full.png`, fullPage: true });
await browser.close();
console.log(`screenshot in ${out}/deck-editor.png`);
