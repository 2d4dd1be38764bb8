/**
 * Kring speaks Dutch first and English second. No zod here: this module goes to every browser
 * (lib/schemas/locale.ts parses a locale from outside).
 */
export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";

/** The cookie that keeps a person's language choice. */
export const LOCALE_COOKIE = "kring-locale";

/**
 * Picks nl or en from a stored pair of texts. A text written in one language only (an empty string
 * in the other, as a facilitator's own deck may have) shows the one that is there.
 */
export function pick<T>(locale: Locale, texts: { nl: T; en: T }): T {
  const wanted = texts[locale];
  if (typeof wanted === "string" && wanted.trim() === "") return texts[locale === "nl" ? "en" : "nl"];
  return wanted;
}

/** The language `pick` shows for this pair: the reader's, or the other one when theirs is empty. */
export function shownLocale(locale: Locale, texts: { nl: string; en: string }): Locale {
  return texts[locale].trim() === "" ? (locale === "nl" ? "en" : "nl") : locale;
}

/**
 * A stored pair of texts, each side filled from the other when it is empty: what screens that read
 * `text[locale]` directly (live views, reports, downloads) get, so none of them shows a blank.
 */
export function bilingual(nl: string, en: string): { nl: string; en: string } {
  return { nl: nl.trim() === "" ? en : nl, en: en.trim() === "" ? nl : en };
}
