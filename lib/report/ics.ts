import type { ActionPointRecord } from "@/lib/domain/intervision";

/**
 * A reminder to bring in a case before a session: an all-day event on `day` (Kring keeps no date for
 * a session, so it is the day the file is made), whose description and URL carry the bring-in link.
 */
export interface BringInReminder {
  uid: string;
  /** YYYY-MM-DD */
  day: string;
  url: string;
  summary: string;
  description: string;
}

/**
 * A calendar (RFC 5545) with one all-day event per action point that has a due date: summary the
 * action, description who and from which session; and, while cases can still be brought in, the
 * reminder to bring one in. Text is escaped and lines are folded at 75 octets.
 */
export function actionPointsIcs(
  points: readonly ActionPointRecord[],
  options: {
    calendarName: string;
    now: Date;
    describe: (point: ActionPointRecord) => string;
    bringIn?: BringInReminder;
  },
): string {
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kring//Action points//NL",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  for (const point of points) {
    if (!point.dueDate) continue;
    const day = point.dueDate.replaceAll("-", "");
    const next = nextDay(point.dueDate).replaceAll("-", "");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${point.id}@kring`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${escapeText(point.text)}`,
      `DESCRIPTION:${escapeText(options.describe(point))}`,
      "END:VEVENT",
    );
  }
  const reminder = options.bringIn;
  if (reminder) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(reminder.uid)}@kring`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${reminder.day.replaceAll("-", "")}`,
      `DTEND;VALUE=DATE:${nextDay(reminder.day).replaceAll("-", "")}`,
      `SUMMARY:${escapeText(reminder.summary)}`,
      `DESCRIPTION:${escapeText(reminder.description)}`,
      // A URI value, not TEXT: no escaping, but nothing that could end the line or the property.
      `URL:${reminder.url.replace(/[^\x21-\x7E]/g, encodeURIComponent)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, LF or a bare CR,
 * which some readers take as a line end) written as \n, a tab as a space, and every other control
 * character dropped: nothing in a text can end its line and start a property of its own.
 */
function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replaceAll("\t", " ")
    .replace(/[^\P{Cc}\n]/gu, "")
    .replaceAll("\\", "\\\\")
    .replaceAll(";", "\\;")
    .replaceAll(",", "\\,")
    .replaceAll("\n", "\\n");
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
