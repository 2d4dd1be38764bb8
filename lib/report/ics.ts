import type { ActionPointRecord } from "@/lib/domain/intervision";

/**
 * A calendar (RFC 5545) with one all-day event per action point that has a due date: summary the
 * action, description who and from which session. Text is escaped and lines are folded at 75 octets.
 */
export function actionPointsIcs(
  points: readonly ActionPointRecord[],
  options: {
    calendarName: string;
    now: Date;
    describe: (point: ActionPointRecord) => string;
  },
): string {
  const stamp = stampOf(options.now);
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
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** The stamp of a calendar file: when it was made, in UTC. */
function stampOf(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Dutch wall-clock time, as sessions are planned (lib/schemas/session-form.ts, plannedFor). */
const DUTCH_TIME_ZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Amsterdam",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export interface SessionInvitation {
  /** Stable per session, so a second download updates the same calendar item. */
  uid: string;
  /** "YYYY-MM-DDTHH:mm", Dutch time. */
  plannedFor: string;
  minutes: number;
  summary: string;
  description: string;
  /** Where to bring in a case beforehand. */
  url: string;
}

/**
 * The group's invitation to a planned session (RFC 5545): one event at its Dutch time, as long as
 * its phase plan, whose description carries the join link and the link to bring in a case.
 */
export function sessionInvitationIcs(invitation: SessionInvitation, now: Date): string {
  const start = invitation.plannedFor.replace(/[-:]/g, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kring//Session//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...DUTCH_TIME_ZONE,
    "BEGIN:VEVENT",
    `UID:${escapeText(invitation.uid)}@kring`,
    `DTSTAMP:${stampOf(now)}`,
    `DTSTART;TZID=Europe/Amsterdam:${start}00`,
    `DURATION:PT${Math.max(1, Math.round(invitation.minutes))}M`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
    // A URI value, not TEXT: no escaping, but nothing that could end the line or the property.
    `URL:${invitation.url.replace(/[^\x21-\x7E]/g, encodeURIComponent)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
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
