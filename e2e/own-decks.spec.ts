import { expect, type Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures";

/** Creates an own deck through the forms, from /decks; returns the editor's path. */
async function createDeckWithLessons(page: Page) {
  await page.goto("/decks");
  const mine = page.getByTestId("my-decks");
  await expect(mine.getByRole("heading", { name: "Mijn decks" })).toBeVisible();
  await expect(mine.getByText("Je hebt nog geen eigen deck.")).toBeVisible();
  await mine.getByRole("link", { name: "Nieuw deck" }).click();
  await page.waitForURL("**/decks/new");

  // Without a title in either language: refused, and the facilitator stays on the form.
  await page.getByRole("button", { name: "Deck maken" }).click();
  await expect(page.getByText("Geef het deck een titel, in het Nederlands of in het Engels.")).toBeVisible();
  await expect(page.getByLabel("Titel (Nederlands)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Titel (Nederlands)").fill("Wijkgesprekken");
  await page.getByLabel("Titel (Engels)").fill("Neighbourhood talks");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/decks\/wijkgesprekken-[0-9a-f]+\/edit/);
  await expect(page.getByRole("status").filter({ hasText: "Je deck is gemaakt." })).toBeVisible();

  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Nederlands)").fill("Luisteren");
  await addTheme.getByLabel("Naam van het thema (Engels)").fill("Listening");
  await addTheme.getByLabel("Eén regel over het thema (Nederlands)").fill("Eerst horen, dan praten.");
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const theme = page.getByTestId("editor-theme");
  await expect(theme.getByRole("heading", { name: "Luisteren", exact: true })).toBeVisible();

  const addLesson = theme.getByRole("region", { name: "Les toevoegen aan Luisteren" });
  await addLesson.getByLabel("Les (Nederlands)").fill("Vraag door voordat je antwoordt.");
  await addLesson.getByLabel("Les (Engels)").fill("Ask further before you answer.");
  await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
  await expect(theme.getByTestId("editor-lesson")).toHaveCount(1);
  await expect(addLesson.getByLabel("Les (Nederlands)")).toHaveValue("");
  // Nothing typed: refused with a clear message, nothing added.
  await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
  await expect(addLesson.getByText("Schrijf de les, in het Nederlands of in het Engels.")).toBeVisible();
  await expect(theme.getByTestId("editor-lesson")).toHaveCount(1);
  // Only in Dutch: enough.
  await addLesson.getByLabel("Les (Nederlands)").fill("Laat stiltes vallen.");
  await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
  await expect(theme.getByTestId("editor-lesson")).toHaveCount(2);

  // Reorder from the keyboard: the second lesson goes up, and back down.
  const lessons = theme.getByTestId("editor-lesson");
  await theme.getByRole("button", { name: "Les 2 omhoog" }).focus();
  await page.keyboard.press("Enter");
  await expect(lessons.first()).toContainText("Laat stiltes vallen.");
  await expect(lessons.nth(1)).toContainText("Vraag door voordat je antwoordt.");
  await page.getByRole("button", { name: "Les 2 omhoog" }).click();
  await expect(lessons.first()).toContainText("Vraag door voordat je antwoordt.");

  // Edit a lesson in place.
  await lessons.first().getByText("Bewerken").click();
  const edit = lessons.first().getByRole("group", { name: "Les" });
  await edit.getByLabel("Les (Engels)").fill("Ask one more question before you answer.");
  await lessons.first().getByRole("button", { name: "Opslaan" }).click();
  await expect(lessons.first().getByText("Opgeslagen.")).toBeVisible();
  await expect(lessons.first().locator('p[lang="en"]')).toContainText("Ask one more question before you answer.");
  return new URL(page.url()).pathname;
}

test("a facilitator writes an own deck, reads it in English with the fallback, and deals from it", async ({
  browser,
}) => {
  const leaContext = await browser.newContext();
  const page = await leaContext.newPage();
  await signUp(page, { name: "Lea", email: uniqueEmail("lea") });
  const editorPath = await createDeckWithLessons(page);
  const deckPath = editorPath.replace(/\/edit$/, "");

  // In English: the English title and lesson; the Dutch-only lesson shows in Dutch.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/decks");
  const myDecks = page.getByTestId("my-decks");
  await expect(myDecks.getByRole("heading", { name: "My decks" })).toBeVisible();
  await expect(myDecks.getByTestId("deck-card")).toContainText("Neighbourhood talks");
  await expect(myDecks.getByTestId("deck-card")).toContainText("2 lessons");
  await myDecks.getByRole("link", { name: "View lessons" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neighbourhood talks" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Listening" })).toBeVisible();
  await expect(page.getByTestId("lesson")).toHaveText([
    /Ask one more question before you answer\./,
    /Laat stiltes vallen\./,
  ]);
  await expect(page.getByTestId("lesson").nth(1).locator("p")).toHaveAttribute("lang", "nl");

  // Prepare a session with it, open it, deal the Dutch-only lesson: the cockpit shows it.
  await page.goto("/sessions/new");
  await page.getByLabel("Title", { exact: true }).fill("Wijkteam oost");
  await page.getByLabel("Lesson deck").selectOption({ label: "Neighbourhood talks" });
  await page.getByRole("button", { name: "Open session" }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  await expect(page.getByTestId("connection")).toHaveText("Connected");
  await page.getByRole("button", { name: "Start session" }).click();
  await page.getByRole("button", { name: "Choose a lesson" }).click();
  const picker = page.getByRole("dialog", { name: "Choose a lesson to deal" });
  const dutchOnly = picker.getByRole("button", { name: "Lesson 2 Listening Laat stiltes vallen." });
  await expect(dutchOnly.locator('[lang="nl"]')).toHaveText("Laat stiltes vallen.");
  await dutchOnly.click();
  await expect(picker).toBeHidden();
  const prompt = page.getByTestId("prompt");
  await expect(prompt.locator("blockquote")).toHaveText("Laat stiltes vallen.");
  await expect(prompt).toContainText("Lesson 2 · Listening");
  // Then one drawn at random: the only one left.
  await page.getByRole("button", { name: "Draw a lesson" }).click();
  await expect(prompt.locator("blockquote")).toHaveText("Ask one more question before you answer.");

  // Back in the editor, the dealt lessons are fixed, and the deck cannot be deleted.
  await page.goto(editorPath);
  const frozen = page.getByText("Used in a session: this lesson is fixed, because past reports show it.");
  await expect(frozen).toHaveCount(2);
  await expect(page.getByRole("button", { name: /^Edit: Lesson/ })).toHaveCount(0);
  await expect(page.getByText("This theme holds a lesson used in a session, so it stays.")).toBeVisible();
  await expect(page.getByText("1 session uses this deck, so it is kept: its report shows the lessons.")).toBeVisible();

  // A second facilitator sees nothing of it, and cannot open it.
  const samContext = await browser.newContext();
  const sam = await samContext.newPage();
  await signUp(sam, { name: "Sam", email: uniqueEmail("sam") });
  await sam.goto("/decks");
  await expect(sam.getByTestId("my-decks").getByText("Je hebt nog geen eigen deck.")).toBeVisible();
  await expect(sam.getByText("Wijkgesprekken")).toHaveCount(0);
  for (const path of [deckPath, editorPath]) {
    await sam.goto(path);
    await expect(sam.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  }
  await sam.goto("/sessions/new");
  await expect(sam.getByLabel("Lesdeck").locator("option", { hasText: "Wijkgesprekken" })).toHaveCount(0);
  await leaContext.close();
  await samContext.close();
});

test("an unused own deck can be deleted after a confirmation", async ({ page }) => {
  await signUp(page, { name: "Noor", email: uniqueEmail("noor") });
  await page.goto("/decks/new");
  await page.getByLabel("Title (Dutch)").or(page.getByLabel("Titel (Nederlands)")).fill("Proefdeck");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/edit/);
  await page.getByText("Deck verwijderen", { exact: true }).last().click();
  await page.getByRole("button", { name: "Ja, verwijder dit deck" }).click();
  await page.waitForURL(/\/decks\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Het deck is verwijderd." })).toBeVisible();
  await expect(page.getByText("Proefdeck")).toHaveCount(0);
});

test("moving and removing work without JavaScript, like the app's other plain forms", async ({ browser }) => {
  // Written with JavaScript (the text forms keep their button off until the page is ready, as
  // the app's other forms do), then reordered and trimmed in a browser without it.
  const writer = await browser.newContext();
  const page = await writer.newPage();
  await signUp(page, { name: "Joost", email: uniqueEmail("joost") });
  await page.goto("/decks/new");
  await page.getByLabel("Titel (Engels)").fill("Plain forms");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/decks\/plain-forms-[0-9a-f]+\/edit/);
  const editor = new URL(page.url()).pathname;
  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Engels)").fill("Basics");
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const addLesson = page.getByRole("region", { name: "Les toevoegen aan Basics" });
  for (const text of ["First lesson.", "Second lesson."]) {
    await addLesson.getByLabel("Les (Engels)").fill(text);
    await addLesson.getByRole("button", { name: "Les toevoegen" }).click();
    await expect(page.getByTestId("editor-lesson").filter({ hasText: text })).toBeVisible();
  }

  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await writer.storageState() });
  const noJs = await plain.newPage();
  await noJs.goto(editor);
  await noJs.getByRole("button", { name: "Les 2 omhoog" }).click();
  await expect(noJs.getByRole("status").filter({ hasText: "Verplaatst." })).toBeVisible();
  await expect(noJs.getByTestId("editor-lesson")).toHaveText([/Second lesson\./, /First lesson\./]);
  await noJs.locator(`summary[aria-label="Les 2 verwijderen"]`).click();
  await noJs.getByRole("button", { name: "Ja, verwijder Les 2" }).click();
  await expect(noJs.getByRole("status").filter({ hasText: "Verwijderd." })).toBeVisible();
  await expect(noJs.getByTestId("editor-lesson")).toHaveText([/Second lesson\./]);
  await plain.close();
  await writer.close();
});

test("what is typed while a save is on its way stays: three lessons typed, three stored", async ({ page }) => {
  await signUp(page, { name: "Ria", email: uniqueEmail("ria") });
  await page.goto("/decks/new");
  await page.getByLabel("Titel (Nederlands)").fill("Snel typen");
  await page.getByRole("button", { name: "Deck maken" }).click();
  await page.waitForURL(/\/edit(\?.*)?$/);
  const addTheme = page.getByRole("region", { name: "Thema toevoegen" });
  await addTheme.getByLabel("Naam van het thema (Nederlands)").fill("Tempo");
  await addTheme.getByRole("button", { name: "Thema toevoegen" }).click();
  const theme = page.getByTestId("editor-theme");
  const lessons = theme.getByTestId("editor-lesson");
  const addLesson = theme.getByRole("region", { name: "Les toevoegen aan Tempo" });
  const field = addLesson.getByLabel("Les (Nederlands)");
  const add = addLesson.getByRole("button", { name: "Les toevoegen" });

  // The first save is held on its way until the next lesson has been typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding = true;
  await page.route(/\/edit(\?.*)?$/, async (route) => {
    if (holding && route.request().method() === "POST") {
      holding = false;
      await held;
    }
    await route.continue();
  });
  await field.fill("Een: luister eerst.");
  await add.click();
  await expect(add).toBeDisabled();
  await field.fill("Twee: vraag door.");
  release();
  await expect(lessons).toHaveCount(1);
  await expect(field).toHaveValue("Twee: vraag door.");
  await add.click();
  await expect(lessons).toHaveCount(2);
  await expect(field).toHaveValue("");
  await field.fill("Drie: vat samen.");
  await add.click();
  await expect(lessons).toHaveCount(3);
  await expect(lessons).toHaveText([/Een: luister eerst\./, /Twee: vraag door\./, /Drie: vat samen\./]);
});
