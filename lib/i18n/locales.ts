import { z } from "zod";

/** Kring speaks Dutch first and English second. */
export const locales = ["nl", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = "nl";

/** The cookie that keeps a person's language choice. */
export const LOCALE_COOKIE = "kring-locale";

/** Reads a locale from untrusted input (cookie, header), falling back to Dutch. */
export function parseLocale(value: unknown): Locale {
  const result = localeSchema.safeParse(value);
  return result.success ? result.data : defaultLocale;
}

/** Picks nl or en from a stored pair of texts. */
export function pick<T>(locale: Locale, texts: { nl: T; en: T }): T {
  return texts[locale];
}
