import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { numberLessons } from "@/lib/domain/lesson-numbers";
import { deckFormSchema, lessonFormSchema, themeFormSchema } from "@/lib/schemas/deck-form";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import {
  addLesson,
  addTheme,
  createDeck,
  deleteDeck,
  getDeckForEditing,
  moveLesson,
  moveTheme,
  removeLesson,
  removeTheme,
  updateDeck,
  updateLesson,
  updateTheme,
} from "./deck-editor";
import { getDeck, getDeckById, listDecks } from "./decks";
import { changePhase } from "./live/phase-commands";
import { dealCard } from "./live/round-commands";
import { loadReport } from "./report";
import { createSession, UnknownChoice } from "./sessions";

const notFound = { name: "KringError", code: "not_found" };

describe("a facilitator's own decks", () => {
  let database: ScratchDatabase;
  let db: Db;
  let lea: string;
  let sam: string;
  let methodId: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = createDb(database.url, 2);
    await prepareDatabase(database.url, db);
    const user = (name: string) =>
      db.user.create({ data: { email: `${name.toLowerCase()}@example.org`, name, passwordHash: "x" } });
    lea = (await user("Lea")).id;
    sam = (await user("Sam")).id;
    methodId = (await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const deck = (titleNl: string, titleEn = "", rest: Record<string, string> = {}) =>
    deckFormSchema.parse({ titleNl, titleEn, ...rest });
  const theme = (titleNl: string, titleEn = "", framingNl = "") =>
    themeFormSchema.parse({ titleNl, titleEn, framingNl });
  const lesson = (textNl: string, textEn = "") => lessonFormSchema.parse({ textNl, textEn });
  /** The deck as its editor shows it: theme titles with their lessons' Dutch texts, in order. */
  const outline = async (slug: string) =>
    (await getDeckForEditing(db, lea, slug))?.themes.map((t) => [t.titleNl, t.lessons.map((l) => l.textNl)]);
  const snapshot = async (deckId: string) => getDeckById(db, deckId);
  /** The deck's lessons with the numbers the deck browser shows now. */
  const numberedLessons = async (deckId: string) =>
    numberLessons((await getDeckById(db, deckId))?.themes ?? []).flatMap((each) =>
      each.lessons.map((one) => [one.textNl, one.number]),
    );

  it("creates a deck with themes and lessons, edits, reorders and removes them", async () => {
    const { id, slug } = await createDeck(db, lea, deck("Wijkaanpak", "", { introNl: "Over de wijk." }));
    expect(slug).toMatch(/^wijkaanpak-[0-9a-f]{8}$/);
    const buurt = await addTheme(db, lea, id, theme("Buurt", "Neighbourhood", "Wie woont er?"));
    const team = await addTheme(db, lea, id, theme("Team"));
    const a = await addLesson(db, lea, id, buurt.id, lesson("Ga langs.", "Drop by."));
    const b = await addLesson(db, lea, id, buurt.id, lesson("Luister eerst."));
    const c = await addLesson(db, lea, id, buurt.id, lesson("", "Only in English."));
    await addLesson(db, lea, id, team.id, lesson("Deel wat je ziet."));
    expect(await outline(slug)).toEqual([
      ["Buurt", ["Ga langs.", "Luister eerst.", ""]],
      ["Team", ["Deel wat je ziet."]],
    ]);

    await updateDeck(db, lea, id, deck("Wijkaanpak", "Neighbourhood approach"));
    await updateTheme(db, lea, id, team.id, theme("Het team", "The team"));
    await updateLesson(db, lea, id, b.id, lesson("Luister eerst, praat daarna.", "Listen first."));
    await moveLesson(db, lea, id, c.id, "up");
    await moveLesson(db, lea, id, a.id, "up"); // already first: nothing happens
    await moveTheme(db, lea, id, team.id, "up");
    expect(await outline(slug)).toEqual([
      ["Het team", ["Deel wat je ziet."]],
      ["Buurt", ["Ga langs.", "", "Luister eerst, praat daarna."]],
    ]);

    await removeLesson(db, lea, id, a.id);
    await addLesson(db, lea, id, buurt.id, lesson("Kom terug."));
    expect(await outline(slug)).toEqual([
      ["Het team", ["Deel wat je ziet."]],
      ["Buurt", ["", "Luister eerst, praat daarna.", "Kom terug."]],
    ]);
    // Positions stay 0, 1, 2 … so lesson numbers run on without gaps.
    const stored = await getDeckById(db, id);
    expect(stored?.themes.map((t) => [t.position, t.lessons.map((l) => l.position)])).toEqual([
      [0, [0]],
      [1, [0, 1, 2]],
    ]);
    await removeTheme(db, lea, id, team.id);
    expect(await outline(slug)).toEqual([["Buurt", ["", "Luister eerst, praat daarna.", "Kom terug."]]]);
    expect((await getDeckById(db, id))?.themes.map((t) => t.position)).toEqual([0]);
    expect((await getDeckById(db, id))?.titleEn).toBe("Neighbourhood approach");
  });

  it("shows an own deck to its owner only; another facilitator can neither see nor change it", async () => {
    const { id, slug } = await createDeck(db, lea, deck("Alleen van Lea"));
    const leaTheme = await addTheme(db, lea, id, theme("Thema"));
    const leaLesson = await addLesson(db, lea, id, leaTheme.id, lesson("Les"));

    const seen = (viewer: string | null) => listDecks(db, viewer).then((decks) => decks.map((d) => d.slug));
    expect(await seen(lea)).toContain(slug);
    expect(await seen(sam)).not.toContain(slug);
    expect(await seen(null)).not.toContain(slug);
    expect(await seen(sam)).toContain("professioneel-participeren-2012");
    expect((await listDecks(db, lea)).find((d) => d.slug === slug)).toMatchObject({ own: true, lessonCount: 1 });
    expect(await getDeck(db, slug, lea)).not.toBeNull();
    expect(await getDeck(db, slug, sam)).toBeNull();
    expect(await getDeck(db, slug, null)).toBeNull();
    expect(await getDeck(db, "professioneel-participeren-2012", null)).not.toBeNull();
    expect(await getDeckForEditing(db, sam, slug)).toBeNull();

    const before = await snapshot(id);
    const refusals = [
      () => updateDeck(db, sam, id, deck("Van Sam")),
      () => deleteDeck(db, sam, id),
      () => addTheme(db, sam, id, theme("Sam's thema")),
      () => updateTheme(db, sam, id, leaTheme.id, theme("Sam's thema")),
      () => moveTheme(db, sam, id, leaTheme.id, "down"),
      () => removeTheme(db, sam, id, leaTheme.id),
      () => addLesson(db, sam, id, leaTheme.id, lesson("Sam's les")),
      () => updateLesson(db, sam, id, leaLesson.id, lesson("Sam's les")),
      () => moveLesson(db, sam, id, leaLesson.id, "down"),
      () => removeLesson(db, sam, id, leaLesson.id),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toMatchObject(notFound);
    expect(await snapshot(id)).toEqual(before);

    // A theme or lesson of one deck cannot be reached through another deck, even one's own.
    const samsDeck = await createDeck(db, sam, deck("Van Sam"));
    await expect(updateLesson(db, sam, samsDeck.id, leaLesson.id, lesson("X"))).rejects.toMatchObject(notFound);
    await expect(addLesson(db, sam, samsDeck.id, leaTheme.id, lesson("X"))).rejects.toMatchObject(notFound);
    expect(await snapshot(id)).toEqual(before);

    // Shipped decks are nobody's to change.
    const shipped = await db.deck.findUniqueOrThrow({ where: { slug: "professioneel-participeren-2012" } });
    await expect(updateDeck(db, lea, shipped.id, deck("Mijn versie"))).rejects.toMatchObject(notFound);
    await expect(deleteDeck(db, lea, shipped.id)).rejects.toMatchObject(notFound);

    // Sessions: one's own deck or a shipped one; someone else's is refused.
    const session = (by: string, deckId: string) =>
      createSession(db, by, {
        title: "S",
        methodId,
        deckId,
        agreements: "",
        anonymous: false,
        locale: "nl",
        groupId: null,
      });
    await expect(session(sam, id)).rejects.toBeInstanceOf(UnknownChoice);
    await expect(session(lea, samsDeck.id)).rejects.toBeInstanceOf(UnknownChoice);
    await expect(session(lea, id)).resolves.toBeTruthy();
  });

  it("freezes a dealt lesson, keeps its theme and the deck a session uses; an unused deck can go", async () => {
    const { id, slug } = await createDeck(db, lea, deck("Gebruikt deck"));
    const first = await addTheme(db, lea, id, theme("Eerste"));
    const second = await addTheme(db, lea, id, theme("Tweede"));
    const dealt = await addLesson(db, lea, id, first.id, lesson("Al gedeeld."));
    const free = await addLesson(db, lea, id, first.id, lesson("Nog vrij."));
    await addLesson(db, lea, id, second.id, lesson("Ook vrij."));
    const session = await createSession(db, lea, {
      title: "Met eigen deck",
      methodId,
      deckId: id,
      agreements: "",
      anonymous: false,
      locale: "nl",
      groupId: null,
    });
    await db.round.create({ data: { sessionId: session.id, position: 0, lessonId: dealt.id } });

    const editor = await getDeckForEditing(db, lea, slug);
    expect(editor?.sessionCount).toBe(1);
    expect(editor?.themes[0]?.lessons.map((l) => [l.textNl, l.frozen])).toEqual([
      ["Al gedeeld.", true],
      ["Nog vrij.", false],
    ]);

    const before = await snapshot(id);
    await expect(updateLesson(db, lea, id, dealt.id, lesson("Anders."))).rejects.toMatchObject({
      code: "lesson_frozen",
    });
    await expect(removeLesson(db, lea, id, dealt.id)).rejects.toMatchObject({ code: "lesson_frozen" });
    await expect(removeTheme(db, lea, id, first.id)).rejects.toMatchObject({ code: "theme_frozen" });
    await expect(deleteDeck(db, lea, id)).rejects.toMatchObject({ code: "deck_in_use" });
    expect(await snapshot(id)).toEqual(before);

    // What is not frozen stays editable, and the theme without a dealt lesson can go.
    await updateLesson(db, lea, id, free.id, lesson("Nog steeds vrij."));
    await removeTheme(db, lea, id, second.id);
    expect(await outline(slug)).toEqual([["Eerste", ["Al gedeeld.", "Nog steeds vrij."]]]);

    const unused = await createDeck(db, lea, deck("Ongebruikt"));
    const unusedTheme = await addTheme(db, lea, unused.id, theme("Thema"));
    await addLesson(db, lea, unused.id, unusedTheme.id, lesson("Les"));
    await deleteDeck(db, lea, unused.id);
    expect(await db.deck.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.theme.count({ where: { deckId: unused.id } })).toBe(0);
  });

  it("keeps the number a lesson was dealt with in the session's report when the deck is reordered later", async () => {
    const { id } = await createDeck(db, lea, deck("Herschikt deck"));
    const first = await addTheme(db, lea, id, theme("Eerste"));
    const second = await addTheme(db, lea, id, theme("Tweede"));
    await addLesson(db, lea, id, first.id, lesson("Een."));
    await addLesson(db, lea, id, first.id, lesson("Twee."));
    const third = await addLesson(db, lea, id, second.id, lesson("Drie."));
    const session = await createSession(db, lea, {
      title: "Herschikken",
      methodId,
      deckId: id,
      agreements: "",
      anonymous: false,
      locale: "nl",
      groupId: null,
    });
    await changePhase(db, session.id, { type: "start" });
    await changePhase(db, session.id, { type: "next" });
    await dealCard(db, session.id, { lessonId: third.id });
    const dealtAs = async () => (await loadReport(db, session.id))?.rounds.map((round) => round.lesson?.number);
    expect(await dealtAs()).toEqual([3]);

    // The owner puts the second theme first: in the deck, "Drie." is now lesson 1.
    await moveTheme(db, lea, id, second.id, "up");
    const [moved] = await numberedLessons(id);
    expect(moved).toEqual(["Drie.", 1]);
    expect(await dealtAs()).toEqual([3]);
  });

  it("places themes and lessons added at the same moment one after another", async () => {
    const { id } = await createDeck(db, lea, deck("Tegelijk"));
    const themes = await Promise.all(["Een", "Twee", "Drie"].map((name) => addTheme(db, lea, id, theme(name))));
    const texts = ["A.", "B.", "C.", "D."];
    await Promise.all(texts.map((text) => addLesson(db, lea, id, themes[0]?.id ?? "", lesson(text))));
    const stored = await db.theme.findMany({
      where: { deckId: id },
      orderBy: { position: "asc" },
      include: { lessons: { orderBy: { position: "asc" } } },
    });
    expect(stored.map((each) => each.position)).toEqual([0, 1, 2]);
    const lessons = stored.find((each) => each.id === themes[0]?.id)?.lessons ?? [];
    expect(lessons.map((each) => each.position)).toEqual([0, 1, 2, 3]);
    expect(lessons.map((each) => each.textNl).sort()).toEqual(texts);
  });

  it("refuses bad input with a translated message per field, one language being enough", () => {
    const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues(deckFormSchema.safeParse({ titleNl: "  ", titleEn: "" }))).toEqual([
      ["title", "deckEditor.errors.titleRequired"],
    ]);
    expect(issues(deckFormSchema.safeParse({ titleNl: "x".repeat(121) }))).toEqual([
      ["titleNl", "deckEditor.errors.titleTooLong"],
    ]);
    expect(issues(lessonFormSchema.safeParse({ textNl: "", textEn: "" }))).toEqual([
      ["text", "deckEditor.errors.lessonRequired"],
    ]);
    expect(issues(lessonFormSchema.safeParse({ textEn: "y".repeat(1001) }))).toEqual([
      ["textEn", "deckEditor.errors.lessonTooLong"],
    ]);
    expect(issues(themeFormSchema.safeParse({ titleEn: "Only English", framingNl: "z".repeat(301) }))).toEqual([
      ["framingNl", "deckEditor.errors.framingTooLong"],
    ]);
    expect(lessonFormSchema.parse({ textEn: "  Only English. " })).toEqual({ textNl: "", textEn: "Only English." });
  });
});
