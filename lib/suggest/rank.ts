/**
 * Ranking a deck's lessons for a pitched case, from what the database made of both: each lesson as
 * stemmed words (lexemes) with the field they came from, the case as its own words with their
 * lexemes, plus the lesson words that the field's vocabulary (thesaurus.ts) adds. Pure and
 * explainable: every point of a score comes from a named word, and the reason says which.
 */

/** Where a lesson's word stands: its own text (A), its theme's title (B) or the theme's framing (C). */
export type Field = "A" | "B" | "C";

export interface LessonTerms {
  id: string;
  /** Each lexeme with the best field it occurs in. */
  terms: ReadonlyMap<string, Field>;
}

/** One stemmed word of the query and where it came from. */
export interface QueryTerm {
  lexeme: string;
  /**
   * The case's own word, an everyday one of the case ("komen", "mensen": counted a little, never
   * shown as a reason), or a word the vocabulary added for the concept labelled `source`.
   */
  from: "case" | "weak" | "concept";
  source: string;
  /** Counts, but is never shown as a reason nor marked in the lesson (a word every case says). */
  quiet?: boolean;
}

export interface Ranked {
  id: string;
  score: number;
  /** The case's own words that matched, in the case's order, without repeats. */
  words: string[];
  /** The concepts (labels) that added a matching word. */
  concepts: string[];
  /** Lexemes matched in the lesson's own text (for highlighting it) and in its theme. */
  inText: string[];
  inTheme: boolean;
}

const FIELD_WEIGHT: Record<Field, number> = { A: 1, B: 0.6, C: 0.35 };
/** A word the case says itself counts more than one the vocabulary adds. */
const OWN_WORD = 1;
const ADDED_WORD = 0.7;
const WEAK_WORD = 0.35;
const WEIGHT: Record<QueryTerm["from"], number> = { case: OWN_WORD, weak: WEAK_WORD, concept: ADDED_WORD };
/** How much a long lesson's score is damped (0: not at all; 1: in full proportion to its length). */
const LENGTH_DAMPING = 0.3;

export function rankLessons(lessons: readonly LessonTerms[], query: readonly QueryTerm[]): Ranked[] {
  const n = lessons.length;
  if (n === 0) return [];
  const df = new Map<string, number>();
  for (const lesson of lessons) for (const lexeme of lesson.terms.keys()) df.set(lexeme, (df.get(lexeme) ?? 0) + 1);
  const idf = (lexeme: string) => {
    const d = df.get(lexeme) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const avgLength = lessons.reduce((sum, lesson) => sum + lesson.terms.size, 0) / n;

  // One entry per lexeme: the strongest source wins (the case's own word before an added one).
  const byLexeme = new Map<string, QueryTerm[]>();
  for (const term of query) {
    const list = byLexeme.get(term.lexeme) ?? [];
    list.push(term);
    byLexeme.set(term.lexeme, list);
  }

  return lessons
    .map((lesson) => {
      let score = 0;
      const words: string[] = [];
      const concepts: string[] = [];
      const inText: string[] = [];
      let inTheme = false;
      for (const [lexeme, sources] of byLexeme) {
        const field = lesson.terms.get(lexeme);
        if (!field) continue;
        const weight = Math.max(...sources.map(({ from }) => WEIGHT[from]));
        score += weight * FIELD_WEIGHT[field] * idf(lexeme);
        const told = sources.filter((source) => !source.quiet);
        for (const { from, source } of told) {
          const list = from === "case" ? words : from === "concept" ? concepts : null;
          if (list && !list.includes(source)) list.push(source);
        }
        if (weight === WEAK_WORD || told.length === 0) continue;
        if (field === "A") inText.push(lexeme);
        else inTheme = true;
      }
      const damping = 1 - LENGTH_DAMPING + LENGTH_DAMPING * (lesson.terms.size / avgLength);
      return { id: lesson.id, score: score / damping, words, concepts, inText, inTheme };
    })
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
