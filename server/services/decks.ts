import { bilingual } from "@/lib/i18n/locales";
import type { DeckSummary } from "@/lib/realtime/events";
import { maySeeDeck, visibleDeckWhere } from "@/server/access";
import type { Db } from "@/server/db/client";

/**
 * The decks a person may see: the shipped ones first, then, for a signed-in facilitator, their own
 * (oldest first), each with its number of lessons. Nobody sees another facilitator's own deck.
 */
export async function listDecks(db: Db, viewerId: string | null = null): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: visibleDeckWhere(viewerId),
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    include: { themes: { select: { _count: { select: { lessons: true } } } } },
  });
  return decks.map((deck) => ({
    id: deck.id,
    slug: deck.slug,
    title: bilingual(deck.titleNl, deck.titleEn),
    lessonCount: deck.themes.reduce((sum, theme) => sum + theme._count.lessons, 0),
    own: deck.ownerId !== null,
  }));
}

const withLessons = {
  themes: {
    orderBy: { position: "asc" },
    include: { lessons: { orderBy: { position: "asc" } } },
  },
} as const;

/**
 * One deck with its themes and lessons in order, or null: a shipped deck for anyone, an own deck
 * for its owner only (for anyone else it does not exist).
 */
export async function getDeck(db: Db, slug: string, viewerId: string | null = null) {
  const deck = await db.deck.findUnique({ where: { slug }, include: withLessons });
  if (!deck || !maySeeDeck(deck, viewerId)) return null;
  return deck;
}

/** A deck by id, whoever owns it: for a session that was prepared with it (its cockpit deals from it). */
export async function getDeckById(db: Db, id: string) {
  return db.deck.findUnique({ where: { id }, include: withLessons });
}

export type DeckWithLessons = NonNullable<Awaited<ReturnType<typeof getDeck>>>;
