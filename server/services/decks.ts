import type { DeckSummary } from "@/lib/realtime/events";
import type { Db } from "@/server/db/client";

/** Every deck, shipped ones first, with its number of lessons. */
export async function listDecks(db: Db): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    include: { themes: { select: { _count: { select: { lessons: true } } } } },
  });
  return decks.map((deck) => ({
    id: deck.id,
    slug: deck.slug,
    title: { nl: deck.titleNl, en: deck.titleEn },
    lessonCount: deck.themes.reduce((sum, theme) => sum + theme._count.lessons, 0),
  }));
}

const withLessons = {
  themes: {
    orderBy: { position: "asc" },
    include: { lessons: { orderBy: { position: "asc" } } },
  },
} as const;

/** One deck with its themes and lessons in order, or null. */
export async function getDeck(db: Db, slug: string) {
  return db.deck.findUnique({ where: { slug }, include: withLessons });
}

export async function getDeckById(db: Db, id: string) {
  return db.deck.findUnique({ where: { id }, include: withLessons });
}

export type DeckWithLessons = NonNullable<Awaited<ReturnType<typeof getDeck>>>;
