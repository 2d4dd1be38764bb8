import { calendarDay, KRING_TIME_ZONE } from "@/lib/domain/due-date";

/**
 * A group over time, per calendar month (in Kring's time zone): sessions held, lessons used and
 * action points opened and closed. Months without anything in them are kept, so the time axis is
 * honest; at most the last `maxMonths` up to now are shown (totals count everything).
 */

/** A session that was held (it started), with the lessons dealt in it. */
export interface TimelineSession {
  startedAt: Date;
  lessonIds: readonly string[];
}

/** An action point of the group; closed means done or dropped. */
export interface TimelineActionPoint {
  createdAt: Date;
  closedAt: Date | null;
}

export interface GroupMonth {
  /** "YYYY-MM". */
  month: string;
  sessions: number;
  /** Distinct lessons dealt in that month's sessions. */
  lessons: number;
  opened: number;
  closed: number;
}

export interface GroupTimeline {
  months: GroupMonth[];
  /** There was activity before the first month shown. */
  earlier: boolean;
  totals: {
    sessions: number;
    /** Distinct lessons over the whole history. */
    lessons: number;
    opened: number;
    closed: number;
    /** Action points still open now. */
    open: number;
  };
}

export const DEFAULT_TIMELINE_MONTHS = 12;

/** The calendar month ("YYYY-MM") of `date` in `timeZone`. */
export function monthOf(date: Date, timeZone = KRING_TIME_ZONE): string {
  return calendarDay(date, timeZone).slice(0, 7);
}

/** The month after "YYYY-MM". */
export function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

export function groupTimeline(
  sessions: readonly TimelineSession[],
  actionPoints: readonly TimelineActionPoint[],
  now: Date,
  { timeZone = KRING_TIME_ZONE, maxMonths = DEFAULT_TIMELINE_MONTHS } = {},
): GroupTimeline {
  const byMonth = new Map<string, { sessions: number; lessons: Set<string>; opened: number; closed: number }>();
  const at = (date: Date) => {
    const month = monthOf(date, timeZone);
    let entry = byMonth.get(month);
    if (!entry) {
      entry = { sessions: 0, lessons: new Set(), opened: 0, closed: 0 };
      byMonth.set(month, entry);
    }
    return entry;
  };
  const allLessons = new Set<string>();
  for (const session of sessions) {
    const entry = at(session.startedAt);
    entry.sessions += 1;
    for (const lesson of session.lessonIds) {
      entry.lessons.add(lesson);
      allLessons.add(lesson);
    }
  }
  let closed = 0;
  for (const point of actionPoints) {
    at(point.createdAt).opened += 1;
    if (point.closedAt) {
      at(point.closedAt).closed += 1;
      closed += 1;
    }
  }
  const totals = {
    sessions: sessions.length,
    lessons: allLessons.size,
    opened: actionPoints.length,
    closed,
    open: actionPoints.length - closed,
  };
  if (byMonth.size === 0) return { months: [], earlier: false, totals };

  const seen = [...byMonth.keys()].sort();
  const first = seen[0] as string;
  const thisMonth = monthOf(now, timeZone);
  const last = [thisMonth, ...seen].sort().at(-1) as string;
  const range: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) range.push(month);
  const shown = range.slice(-Math.max(1, maxMonths));
  const months = shown.map((month) => {
    const entry = byMonth.get(month);
    return {
      month,
      sessions: entry?.sessions ?? 0,
      lessons: entry?.lessons.size ?? 0,
      opened: entry?.opened ?? 0,
      closed: entry?.closed ?? 0,
    };
  });
  return { months, earlier: shown.length < range.length, totals };
}
