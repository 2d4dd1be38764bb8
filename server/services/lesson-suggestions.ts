import { HIT_END, HIT_START } from "@/lib/archive/highlight";
import { KringError } from "@/lib/errors";
import { bilingual } from "@/lib/i18n/locales";
import { conceptsIn } from "@/lib/suggest/concepts-in";
import { type Field, type LessonTerms, type QueryTerm, rankLessons } from "@/lib/suggest/rank";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";
import { concepts } from "@/lib/suggest/thesaurus";
import { isQuietWord, isWeakWord } from "@/lib/suggest/weak-words";
import type { Db } from "@/server/db/client";

/**
 * Lessons suggested for a case: the database stems the deck's lessons (their own text first, then
 * their theme's title and framing) and the case's words, in Dutch and in English; the field's
 * vocabulary (lib/suggest/thesaurus.ts) adds the lesson words that a case's own phrasing points to;
 * lib/suggest/rank.ts scores and explains. Works for shipped and own decks, on both databases.
 */

/** The words of a text as people wrote them (lower case, accents kept, for the stemmers). */
function rawWords(text: string): string[] {
  return text
    .toLocaleLowerCase("nl")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
}

async function lessonTerms(db: Db, deckId: string): Promise<LessonTerms[]> {
  const rows = await db.$queryRaw<{ id: string; lexeme: string; weights: string[] }[]>`
    WITH docs AS (
      SELECT l.id,
        setweight(to_tsvector('dutch', l."textNl"), 'A') || setweight(to_tsvector('english', l."textEn"), 'A') ||
        setweight(to_tsvector('dutch', t."titleNl"), 'B') || setweight(to_tsvector('english', t."titleEn"), 'B') ||
        setweight(to_tsvector('dutch', t."framingNl"), 'C') || setweight(to_tsvector('english', t."framingEn"), 'C') AS doc
      FROM "Lesson" l JOIN "Theme" t ON t.id = l."themeId"
      WHERE t."deckId" = ${deckId})
    SELECT docs.id, u.lexeme, u.weights::text[] AS weights FROM docs, unnest(docs.doc) u`;
  const byLesson = new Map<string, Map<string, Field>>();
  for (const row of rows) {
    const terms = byLesson.get(row.id) ?? new Map<string, Field>();
    const best = (["A", "B", "C"] as const).find((field) => row.weights.includes(field)) ?? "C";
    terms.set(row.lexeme, best);
    byLesson.set(row.id, terms);
  }
  return [...byLesson].map(([id, terms]) => ({ id, terms }));
}

/** Each word's lexemes under the Dutch and the English stemmer (a stop word has none). */
async function lexemesOf(db: Db, words: string[]): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const rows = await db.$queryRaw<{ word: string; lexemes: string[] }[]>`
    SELECT w AS word, ARRAY(
      SELECT DISTINCT u.lexeme FROM unnest(to_tsvector('dutch', w) || to_tsvector('english', w)) u
    ) AS lexemes
    FROM unnest(${words}::text[]) w`;
  return new Map(rows.map((row) => [row.word, row.lexemes]));
}

/** What a case asks the ranking: its own words, then the words its concepts add. */
async function queryFor(db: Db, text: string): Promise<QueryTerm[]> {
  const own = [...new Set(rawWords(text))];
  const raised = conceptsIn(text, concepts);
  const added = raised.flatMap((hit) => hit.concept.adds.flatMap(rawWords).map((word) => ({ word, hit })));
  const lexemes = await lexemesOf(db, [...new Set([...own, ...added.map((a) => a.word)])]);
  const query: QueryTerm[] = [];
  for (const word of own)
    for (const lexeme of lexemes.get(word) ?? []) {
      query.push({ lexeme, from: isWeakWord(word) ? "weak" : "case", source: word, quiet: isQuietWord(word) });
    }
  for (const { word, hit } of added) {
    for (const lexeme of lexemes.get(word) ?? []) query.push({ lexeme, from: "concept", source: hit.concept.label.nl });
  }
  return query;
}

/** What a case says, to suggest lessons for: its title, its few sentences (if any) and its question. */
export function caseText(found: { title: string; description?: string | null; question: string }): string {
  return [found.title, found.description, found.question].filter(Boolean).join(". ");
}

/** The lessons of a deck that fit a case best, best first, each with why. */
export async function suggestLessons(
  db: Db,
  { deckId, text, limit = 3 }: { deckId: string; text: string; limit?: number },
): Promise<LessonSuggestion[]> {
  return explained(db, deckId, await lessonTerms(db, deckId), text, limit);
}

/** The same for several cases at once, in their order: the deck is read once. */
export async function suggestLessonsForEach(
  db: Db,
  { deckId, texts, limit = 3 }: { deckId: string; texts: readonly string[]; limit?: number },
): Promise<LessonSuggestion[][]> {
  const lessons = await lessonTerms(db, deckId);
  const result: LessonSuggestion[][] = [];
  for (const text of texts) result.push(await explained(db, deckId, lessons, text, limit));
  return result;
}

async function explained(
  db: Db,
  deckId: string,
  lessons: LessonTerms[],
  text: string,
  limit: number,
): Promise<LessonSuggestion[]> {
  const top = rankLessons(lessons, await queryFor(db, text)).slice(0, limit);
  if (top.length === 0) return [];
  const ids = top.map((ranked) => ranked.id);
  const marks = top.map((ranked) => ranked.inText.map((lexeme) => `'${lexeme.replaceAll("'", "''")}'`).join(" | "));
  const options = `HighlightAll=true, StartSel=${HIT_START}, StopSel=${HIT_END}`;
  const rows = await db.$queryRaw<
    { id: string; number: number; themeNl: string; themeEn: string; textNl: string; textEn: string }[]
  >`
    WITH numbered AS (
      SELECT l.id, l."textNl", l."textEn", t."titleNl", t."titleEn",
        row_number() OVER (ORDER BY t.position, l.position)::int AS number
      FROM "Lesson" l JOIN "Theme" t ON t.id = l."themeId" WHERE t."deckId" = ${deckId}),
    wanted AS (SELECT * FROM unnest(${ids}::text[], ${marks}::text[]) AS w(id, marks))
    SELECT n.id, n.number, n."titleNl" AS "themeNl", n."titleEn" AS "themeEn",
      CASE WHEN w.marks = '' THEN n."textNl"
        ELSE ts_headline('dutch', n."textNl", to_tsquery('simple', w.marks), ${options}) END AS "textNl",
      CASE WHEN w.marks = '' THEN n."textEn"
        ELSE ts_headline('english', n."textEn", to_tsquery('simple', w.marks), ${options}) END AS "textEn"
    FROM numbered n JOIN wanted w ON w.id = n.id`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const labels = new Map(concepts.map((concept) => [concept.label.nl, concept.label]));
  return top.flatMap((ranked) => {
    const row = byId.get(ranked.id);
    if (!row) return [];
    return [
      {
        lessonId: row.id,
        number: row.number,
        theme: bilingual(row.themeNl, row.themeEn),
        text: bilingual(row.textNl, row.textEn),
        words: ranked.words,
        concepts: ranked.concepts.flatMap((label) => labels.get(label) ?? []),
        inTheme: ranked.inTheme,
      },
    ];
  });
}

/** The suggestions for one case of a session, from the session's deck (none without a deck). */
export async function suggestForCase(db: Db, sessionId: string, caseId: string): Promise<LessonSuggestion[]> {
  const found = await db.case.findFirst({
    where: { id: caseId, sessionId },
    select: { title: true, description: true, question: true, session: { select: { deckId: true } } },
  });
  if (!found) throw new KringError("not_found");
  const deckId = found.session.deckId;
  if (!deckId) return [];
  // A case brought in beforehand also has its few sentences of description.
  return suggestLessons(db, { deckId, text: caseText(found) });
}
