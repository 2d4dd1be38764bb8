import type { Locale } from "./locales";
import type { MessageKey, Translate } from "./translate";

/** A date as people write it, e.g. "3 maart 2026" or "3 March 2026". */
export function formatDate(locale: Locale, date: Date): string {
  return date.toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" });
}

/** "1 lid" or "3 leden": the message for one, else the message with {count}. */
export function countOf(t: Translate, count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, { count });
}
