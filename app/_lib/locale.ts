import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { type Translate, translator } from "@/lib/i18n/translate";
import { parseLocale } from "@/lib/schemas/locale";

/** The visitor's language: their saved choice, else Dutch. */
export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
