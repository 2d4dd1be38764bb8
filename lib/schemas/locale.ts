import { z } from "zod";
import { defaultLocale, type Locale, locales } from "@/lib/i18n/locales";

export const localeSchema = z.enum(locales);

/** Reads a locale from untrusted input (cookie, header, form), falling back to Dutch. */
export function parseLocale(value: unknown): Locale {
  const result = localeSchema.safeParse(value);
  return result.success ? result.data : defaultLocale;
}
