import type { LocalizedText } from "@/lib/content/types";
import type { ActionPointStatus } from "@/lib/domain/intervision";
import type { SessionReport } from "./report";

/**
 * What a report leads with, on the page and in the downloads: the chosen case, the lessons dealt,
 * the start of the notes (where decisions are written down) and the action points with owner and
 * due date. Built only from the report, which already leaves out every anonymous author; and it
 * takes nothing about reactions or who wrote them, so nothing in it can tie a person to one.
 */
export interface ReportSummary {
  /** The chosen case; a case is always brought in under its owner's name. */
  case: { id: string; title: string; question: string; owner: string } | null;
  /** Each lesson once, in the order it was first dealt. */
  lessons: { number: number; text: LocalizedText; theme: LocalizedText }[];
  /** The notes' first paragraph, shortened to a few lines; null when there are no notes. */
  notes: { excerpt: string; more: boolean } | null;
  /** Still to do first, then by due date (soonest first, none last); dropped ones at the end. */
  actionPoints: {
    id: string;
    text: string;
    /** Empty when nobody took it on. */
    owner: string;
    /** A calendar day, YYYY-MM-DD. */
    dueDate: string | null;
    status: ActionPointStatus;
  }[];
}

/** How many characters of the notes the summary shows at most. */
export const NOTES_EXCERPT_CHARS = 320;

const STATUS_ORDER: Record<ActionPointStatus, number> = { open: 0, done: 1, dropped: 2 };

export function reportSummary(report: SessionReport): ReportSummary {
  const chosen = report.cases.find((each) => each.status === "chosen");
  const lessons: ReportSummary["lessons"] = [];
  const seen = new Set<string>();
  for (const round of report.rounds) {
    const lesson = round.lesson;
    if (!lesson) continue;
    const key = `${lesson.number}\u0000${lesson.text.nl}\u0000${lesson.text.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lessons.push({ number: lesson.number, text: lesson.text, theme: lesson.theme });
  }
  const actionPoints = report.actionPoints
    .map((point, index) => ({ point, index }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.point.status] - STATUS_ORDER[b.point.status] ||
        dueOrder(a.point.dueDate, b.point.dueDate) ||
        a.index - b.index,
    )
    .map(({ point }) => ({
      id: point.id,
      text: point.text,
      owner: point.ownerName,
      dueDate: point.dueDate,
      status: point.status,
    }));
  return {
    case: chosen ? { id: chosen.id, title: chosen.title, question: chosen.question, owner: chosen.owner } : null,
    lessons,
    notes: notesExcerpt(report.notes),
    actionPoints,
  };
}

/** Whether a summary has anything to show at all. */
export function summaryIsEmpty(summary: ReportSummary): boolean {
  return !summary.case && summary.lessons.length === 0 && !summary.notes && summary.actionPoints.length === 0;
}

function dueOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The notes' first paragraph, on one line, cut at a word near `limit` characters when longer;
 * `more` says that the notes go on (a cut, or more paragraphs after it).
 */
export function notesExcerpt(notes: string, limit = NOTES_EXCERPT_CHARS): ReportSummary["notes"] {
  const paragraphs = notes
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const first = paragraphs[0];
  if (!first) return null;
  const chars = Array.from(first);
  if (chars.length <= limit) return { excerpt: first, more: paragraphs.length > 1 };
  const cut = chars.slice(0, limit).join("");
  const space = cut.lastIndexOf(" ");
  const excerpt = (space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "");
  return { excerpt: `${excerpt}…`, more: true };
}
