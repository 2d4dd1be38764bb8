/** Kring's groups meet in the Netherlands: "today" for due dates is today there. */
export const KRING_TIME_ZONE = "Europe/Amsterdam";

/** The calendar day (YYYY-MM-DD) at `now` in `timeZone`. */
export function calendarDay(now: Date, timeZone = KRING_TIME_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A due date before today is in the past (today itself is fine). */
export function isInThePast(dueDate: string, now: Date, timeZone = KRING_TIME_ZONE): boolean {
  return dueDate < calendarDay(now, timeZone);
}

/** Open and due before today. */
export function isOverdue(point: { status: string; dueDate: string | null }, now: Date): boolean {
  return point.status === "open" && point.dueDate !== null && isInThePast(point.dueDate, now);
}
