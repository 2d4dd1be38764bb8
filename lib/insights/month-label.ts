import { localeTag as tag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Noon UTC on the 15th of "YYYY-MM": the same month in every time zone. */
function middleOf(month: string): Date {
  const [year = 1970, number = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1, 15, 12));
}

/** "maart 2026" / "March 2026". */
export function monthName(locale: Locale, month: string): string {
  return new Intl.DateTimeFormat(tag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    middleOf(month),
  );
}

/**
 * Labels along a time axis of months: the short month name ("mrt", "Mar"), with the year beneath
 * it on the first month and on every January.
 */
export function monthAxis(locale: Locale, months: readonly string[]): { label: string; sublabel?: string }[] {
  const short = new Intl.DateTimeFormat(tag(locale), { month: "short", timeZone: "UTC" });
  return months.map((month, index) => {
    const label = short.format(middleOf(month)).replace(/\.$/, "");
    return index === 0 || month.endsWith("-01") ? { label, sublabel: month.slice(0, 4) } : { label };
  });
}
