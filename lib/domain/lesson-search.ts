/**
 * Finding a lesson in a deck as the facilitator types: by its number, its theme or words of its
 * text, regardless of case and accents ("creeer" finds "creëer"). Pure, so the cockpit's picker
 * and its tests share it.
 */

export interface SearchableLesson {
  number: number;
  theme: string;
  text: string;
}

/** Lower case, accents and other combining marks dropped, runs of white space made one space. */
export function normalizeForSearch(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}

/** The words of a query, normalised; a leading "#" or trailing "." on a number is dropped ("#5", "5."). */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(" ")
    .map((term) => (/^#?\d+\.?$/.test(term) ? term.replace(/[#.]/g, "") : term))
    .filter((term) => term.length > 0);
}

/**
 * Whether a lesson matches every word of the query: a number matches the lesson's own number
 * exactly (so "1" does not find 10 to 19) or a number in its text; any other word matches part of
 * the theme or the text. An empty query matches every lesson.
 */
export function matchesLesson(lesson: SearchableLesson, terms: string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = normalizeForSearch(`${lesson.theme} ${lesson.text}`);
  return terms.every((term) =>
    /^\d+$/.test(term)
      ? Number(term) === lesson.number || new RegExp(`(^|\\D)${term}(\\D|$)`).test(haystack)
      : haystack.includes(term),
  );
}

/** The lessons that match the query, in their own order. */
export function searchLessons<T extends SearchableLesson>(lessons: readonly T[], query: string): T[] {
  const terms = queryTerms(query);
  return lessons.filter((lesson) => matchesLesson(lesson, terms));
}

/** Lessons grouped by theme, in the order the themes first appear (the deck's order). */
export function groupByTheme<T extends SearchableLesson>(lessons: readonly T[]): { theme: string; lessons: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const lesson of lessons) {
    const group = groups.get(lesson.theme);
    if (group) group.push(lesson);
    else groups.set(lesson.theme, [lesson]);
  }
  return [...groups].map(([theme, items]) => ({ theme, lessons: items }));
}

/**
 * A lesson's text split into its first sentence, shown as the card's title, and the rest. A
 * sentence ends at . ! or ? before a capital, a digit or a quote ("bijv. de" goes on); a line
 * break ends the first line too. A text of one sentence has no rest.
 */
export function splitLead(text: string): { lead: string; rest: string } {
  const trimmed = text.trim();
  const match = /^([^\n]+?(?:[.!?](?=\s+[\p{Lu}\p{N}'"‘“(])|(?=\n)))\s*([\s\S]*)$/u.exec(trimmed);
  if (!match) return { lead: trimmed, rest: "" };
  return { lead: (match[1] ?? trimmed).trim(), rest: (match[2] ?? "").trim() };
}
