/** A lesson suggested for a case, as the cockpit shows it (server/services/lesson-suggestions.ts). */
export interface LessonSuggestion {
  lessonId: string;
  number: number;
  theme: { nl: string; en: string };
  /** The lesson's text with the words that matched between HIT_START and HIT_END (lib/archive/highlight.ts). */
  text: { nl: string; en: string };
  /** The case's own words that matched, in the case's order. */
  words: string[];
  /** The field's concepts (lib/suggest/thesaurus.ts) the case raised that added matching words. */
  concepts: { nl: string; en: string }[];
  /** Whether the theme's title or framing matched too. */
  inTheme: boolean;
}
