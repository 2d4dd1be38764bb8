import { randomBytes } from "node:crypto";
import { KringError } from "@/lib/errors";
import type { DeckInput, Direction, LessonInput, ThemeInput } from "@/lib/schemas/deck-form";
import { lockOwnDeck, mayChangeDeck } from "@/server/access";
import type { Db } from "@/server/db/client";

/**
 * A facilitator's own decks: they write, reorder and remove themes and lessons in Dutch, English
 * or both. Only the owner sees or changes an own deck; anyone else is answered "not found", the
 * same answer as for a deck that does not exist. What past sessions show is never lost: a lesson
 * once dealt is frozen, a theme holding one stays, and a deck a session uses stays.
 */

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function deckFields(input: DeckInput) {
  return {
    titleNl: input.titleNl,
    titleEn: input.titleEn,
    introNl: input.introNl,
    introEn: input.introEn,
    closingNl: input.closingNl,
    closingEn: input.closingEn,
  };
}

/** A URL-safe slug from the title, with a random tail so two decks never share one. */
function slugFor(input: DeckInput): string {
  const base = (input.titleNl || input.titleEn)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${base || "deck"}-${randomBytes(4).toString("hex")}`;
}

async function ownTheme(tx: Tx, ownerId: string, deckId: string, themeId: string) {
  await lockOwnDeck(tx, ownerId, deckId);
  const theme = await tx.theme.findFirst({ where: { id: themeId, deckId } });
  if (!theme) throw new KringError("not_found");
  return theme;
}

async function ownLesson(tx: Tx, ownerId: string, deckId: string, lessonId: string) {
  await lockOwnDeck(tx, ownerId, deckId);
  const lesson = await tx.lesson.findFirst({ where: { id: lessonId, theme: { deckId } } });
  if (!lesson) throw new KringError("not_found");
  return lesson;
}

/** A lesson dealt in any session is frozen: past reports show it. */
async function isFrozen(tx: Tx, lessonId: string): Promise<boolean> {
  return (await tx.round.count({ where: { lessonId } })) > 0;
}

export async function createDeck(db: Db, ownerId: string, input: DeckInput) {
  return db.deck.create({
    data: { ownerId, slug: slugFor(input), ...deckFields(input) },
    select: { id: true, slug: true },
  });
}

export async function updateDeck(db: Db, ownerId: string, deckId: string, input: DeckInput) {
  return db.$transaction(async (tx) => {
    const deck = await lockOwnDeck(tx, ownerId, deckId);
    await tx.deck.update({ where: { id: deck.id }, data: deckFields(input) });
    return { slug: deck.slug };
  });
}

/** Deletes an own deck that no session uses; a used one is refused with `deck_in_use`. */
export async function deleteDeck(db: Db, ownerId: string, deckId: string) {
  await db.$transaction(async (tx) => {
    await lockOwnDeck(tx, ownerId, deckId);
    if ((await tx.intervisionSession.count({ where: { deckId } })) > 0) throw new KringError("deck_in_use");
    await tx.deck.delete({ where: { id: deckId } });
  });
}

export async function addTheme(db: Db, ownerId: string, deckId: string, input: ThemeInput) {
  return db.$transaction(async (tx) => {
    await lockOwnDeck(tx, ownerId, deckId);
    const position = await tx.theme.count({ where: { deckId } });
    return tx.theme.create({ data: { deckId, position, ...input }, select: { id: true } });
  });
}

export async function updateTheme(db: Db, ownerId: string, deckId: string, themeId: string, input: ThemeInput) {
  await db.$transaction(async (tx) => {
    await ownTheme(tx, ownerId, deckId, themeId);
    await tx.theme.update({ where: { id: themeId }, data: input });
  });
}

/** Removes a theme and its lessons, unless one of them has been dealt (`theme_frozen`). */
export async function removeTheme(db: Db, ownerId: string, deckId: string, themeId: string) {
  await db.$transaction(async (tx) => {
    const theme = await ownTheme(tx, ownerId, deckId, themeId);
    if ((await tx.round.count({ where: { lesson: { themeId } } })) > 0) throw new KringError("theme_frozen");
    await tx.theme.delete({ where: { id: themeId } });
    // Close the gap, lowest first, so positions stay 0, 1, 2 … (lesson numbers count on it).
    const later = await tx.theme.findMany({
      where: { deckId, position: { gt: theme.position } },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    for (const next of later) await tx.theme.update({ where: { id: next.id }, data: { position: next.position - 1 } });
  });
}

export async function moveTheme(db: Db, ownerId: string, deckId: string, themeId: string, direction: Direction) {
  await db.$transaction(async (tx) => {
    const theme = await ownTheme(tx, ownerId, deckId, themeId);
    const target = theme.position + (direction === "up" ? -1 : 1);
    const other = await tx.theme.findFirst({ where: { deckId, position: target } });
    if (!other) return; // already first or last: nothing to do
    await tx.theme.update({ where: { id: theme.id }, data: { position: -1 } });
    await tx.theme.update({ where: { id: other.id }, data: { position: theme.position } });
    await tx.theme.update({ where: { id: theme.id }, data: { position: target } });
  });
}

export async function addLesson(db: Db, ownerId: string, deckId: string, themeId: string, input: LessonInput) {
  return db.$transaction(async (tx) => {
    await ownTheme(tx, ownerId, deckId, themeId);
    const position = await tx.lesson.count({ where: { themeId } });
    return tx.lesson.create({ data: { themeId, position, ...input }, select: { id: true } });
  });
}

/** Changes a lesson's text, unless it has been dealt (`lesson_frozen`). */
export async function updateLesson(db: Db, ownerId: string, deckId: string, lessonId: string, input: LessonInput) {
  await db.$transaction(async (tx) => {
    await ownLesson(tx, ownerId, deckId, lessonId);
    if (await isFrozen(tx, lessonId)) throw new KringError("lesson_frozen");
    await tx.lesson.update({ where: { id: lessonId }, data: input });
  });
}

/** Removes a lesson, unless it has been dealt (`lesson_frozen`). */
export async function removeLesson(db: Db, ownerId: string, deckId: string, lessonId: string) {
  await db.$transaction(async (tx) => {
    const lesson = await ownLesson(tx, ownerId, deckId, lessonId);
    if (await isFrozen(tx, lessonId)) throw new KringError("lesson_frozen");
    await tx.lesson.delete({ where: { id: lessonId } });
    const later = await tx.lesson.findMany({
      where: { themeId: lesson.themeId, position: { gt: lesson.position } },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    for (const next of later) await tx.lesson.update({ where: { id: next.id }, data: { position: next.position - 1 } });
  });
}

export async function moveLesson(db: Db, ownerId: string, deckId: string, lessonId: string, direction: Direction) {
  await db.$transaction(async (tx) => {
    const lesson = await ownLesson(tx, ownerId, deckId, lessonId);
    const target = lesson.position + (direction === "up" ? -1 : 1);
    const other = await tx.lesson.findFirst({ where: { themeId: lesson.themeId, position: target } });
    if (!other) return;
    await tx.lesson.update({ where: { id: lesson.id }, data: { position: -1 } });
    await tx.lesson.update({ where: { id: other.id }, data: { position: lesson.position } });
    await tx.lesson.update({ where: { id: lesson.id }, data: { position: target } });
  });
}

/**
 * An own deck as its editor shows it: themes and lessons in order, which lessons are frozen (dealt
 * in a session) and how many sessions use the deck. Null when it is not the facilitator's.
 */
export async function getDeckForEditing(db: Db, ownerId: string, slug: string) {
  const deck = await db.deck.findUnique({
    where: { slug },
    include: {
      themes: {
        orderBy: { position: "asc" },
        include: {
          lessons: { orderBy: { position: "asc" }, include: { _count: { select: { rounds: true } } } },
        },
      },
      _count: { select: { sessions: true } },
    },
  });
  if (!deck || !mayChangeDeck(deck, ownerId)) return null;
  return {
    ...deck,
    sessionCount: deck._count.sessions,
    themes: deck.themes.map((theme) => ({
      ...theme,
      lessons: theme.lessons.map(({ _count, ...lesson }) => ({ ...lesson, frozen: _count.rounds > 0 })),
    })),
  };
}

export type EditableDeck = NonNullable<Awaited<ReturnType<typeof getDeckForEditing>>>;

/** The slug of the facilitator's own deck, or null when it is not theirs (or gone). */
export async function ownDeckSlug(db: Db, ownerId: string, deckId: string): Promise<string | null> {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId }, select: { slug: true } });
  return deck?.slug ?? null;
}
