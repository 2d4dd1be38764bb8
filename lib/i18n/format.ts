import type { Locale } from "./locales";
import type { MessageKey, Translate } from "./translate";

/**
 * Dates as people read them, in one place: every screen, report and PDF formats through these.
 * A calendar day ("YYYY-MM-DD", as due dates are stored) is read at noon UTC, so that it is the
 * same day in every time zone.
 */

/** The BCP 47 tag Kring formats a language with: Dutch as in the Netherlands, English as in Britain. */
export function localeTag(locale: Locale): string {
  return locale === "nl" ? "nl-NL" : "en-GB";
}

/** A date as people write it, e.g. "3 maart 2026" or "3 March 2026". */
export function formatDate(locale: Locale, date: Date | number): string {
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long" }).format(date);
}

/** A calendar day ("2026-03-03") as people write it: "3 maart 2026". */
export function formatDay(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** A calendar day without its year, for dates close by: "3 maart", "3 March". */
export function formatDayShort(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), { day: "numeric", month: "long" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** "1 lid" or "3 leden": the message for one, else the message with {count}. */
export function countOf(t: Translate, count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, { count });
}

/**
 * A planned time ("2026-12-14T14:00", Dutch wall-clock time) as people read it:
 * "maandag 14 december 2026 om 14:00" / "Monday 14 December 2026 at 14:00".
 */
export function formatPlanned(locale: Locale, plannedFor: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(`${plannedFor}:00Z`));
}

/** Noon UTC on the 15th of "YYYY-MM": the same month in every time zone. */
function middleOf(month: string): Date {
  const [year = 1970, number = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1, 15, 12));
}

/** "maart 2026" / "March 2026". */
export function monthName(locale: Locale, month: string): string {
  return new Intl.DateTimeFormat(localeTag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    middleOf(month),
  );
}

/**
 * Labels along a time axis of months: the short month name ("mrt", "Mar"), with the year beneath
 * it on the first month and on every January.
 */
export function monthAxis(locale: Locale, months: readonly string[]): { label: string; sublabel?: string }[] {
  const short = new Intl.DateTimeFormat(localeTag(locale), { month: "short", timeZone: "UTC" });
  return months.map((month, index) => {
    const label = short.format(middleOf(month)).replace(/\.$/, "");
    return index === 0 || month.endsWith("-01") ? { label, sublabel: month.slice(0, 4) } : { label };
  });
}
