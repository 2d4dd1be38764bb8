/**
 * Lessons are numbered through the whole deck, in theme order, starting at 1: the number the deck
 * browser shows, the cockpit's lesson picker lists, and a dealt card carries.
 */
export function numberLessons<T extends { lessons: object[] }>(
  themes: T[],
): (Omit<T, "lessons"> & { lessons: (T["lessons"][number] & { number: number })[] })[] {
  let number = 0;
  return themes.map((theme) => ({
    ...theme,
    lessons: theme.lessons.map((lesson) => {
      number += 1;
      return { ...lesson, number };
    }),
  }));
}

/** The number of one lesson, from how many lessons come before its theme and its place in it. */
export function lessonNumber(lessonsInEarlierThemes: number, positionInTheme: number): number {
  return lessonsInEarlierThemes + positionInTheme + 1;
}
