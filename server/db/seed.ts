import { tenantParticipationDeck } from "@/lib/content/deck-tenant-participation";
import type { DeckDefinition, MethodDefinition } from "@/lib/content/types";
import { builtinMethods } from "@/lib/domain/methods/builtin-methods";
import type { Db } from "./client";
import { phaseRow } from "./phase-row";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface SeedReport {
  decks: number;
  lessons: number;
  methods: number;
  phases: number;
}

/** The advisory lock that seeding holds for its transaction (any fixed number; "kring-seed"). */
const SEED_LOCK = 0x6b72_7365;

/**
 * Writes the shipped deck and the built-in methods. Safe to run any number of times: every row is
 * found again by its natural key and updated in place, so sessions that point at a lesson keep it.
 */
export async function seed(db: Db): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      // Nodes that start at once take turns: the second finds every row and updates it in place.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      const lessons = await seedDeck(tx, tenantParticipationDeck);
      let phases = 0;
      for (const method of builtinMethods) phases += await seedMethod(tx, method);
      return { decks: 1, lessons, methods: builtinMethods.length, phases };
    },
    { timeout: 60_000 },
  );
}

async function seedDeck(tx: Tx, deck: DeckDefinition): Promise<number> {
  const fields = {
    titleNl: deck.title.nl,
    titleEn: deck.title.en,
    headingNl: deck.heading.nl,
    headingEn: deck.heading.en,
    introNl: deck.introduction.nl,
    introEn: deck.introduction.en,
    closingNl: deck.closing.nl,
    closingEn: deck.closing.en,
    sourceNl: deck.source.nl,
    sourceEn: deck.source.en,
  };
  const { id: deckId } = await tx.deck.upsert({
    where: { slug: deck.slug },
    create: { slug: deck.slug, ...fields },
    update: fields,
  });
  let count = 0;
  for (const [themeIndex, theme] of deck.themes.entries()) {
    const themeFields = {
      titleNl: theme.title.nl,
      titleEn: theme.title.en,
      framingNl: theme.framing.nl,
      framingEn: theme.framing.en,
    };
    const { id: themeId } = await tx.theme.upsert({
      where: { deckId_position: { deckId, position: themeIndex } },
      create: { deckId, position: themeIndex, ...themeFields },
      update: themeFields,
    });
    for (const [lessonIndex, lesson] of theme.lessons.entries()) {
      const lessonFields = { textNl: lesson.text.nl, textEn: lesson.text.en };
      await tx.lesson.upsert({
        where: { themeId_position: { themeId, position: lessonIndex } },
        create: { themeId, position: lessonIndex, ...lessonFields },
        update: lessonFields,
      });
      count += 1;
    }
  }
  return count;
}

async function seedMethod(tx: Tx, method: MethodDefinition): Promise<number> {
  const fields = {
    nameNl: method.name.nl,
    nameEn: method.name.en,
    summaryNl: method.summary.nl,
    summaryEn: method.summary.en,
  };
  const { id: methodId } = await tx.method.upsert({
    where: { key: method.key },
    create: { key: method.key, ...fields },
    update: fields,
  });
  // A built-in method's phases are replaced whole: sessions copy their phase plan, so nothing points here.
  await tx.methodPhase.deleteMany({ where: { methodId } });
  await tx.methodPhase.createMany({
    data: method.phases.map((phase, position) => ({ methodId, position, ...phaseRow(phase) })),
  });
  return method.phases.length;
}
