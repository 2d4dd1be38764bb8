/**
 * Roles across a group's sessions: who brought a case, who took the notes, who owns open action
 * points, who has been quiet; and who could take the case and the notes next, so the roles rotate
 * fairly (least often, then longest ago, then fewest open action points).
 *
 * The anonymity rule is the live balance's: only named contributions count for a person (anonymous
 * reactions are never loaded under a name). "Quiet" is a session in which others made named
 * contributions and this member made none, so a session with anonymous rounds only makes nobody quiet.
 */

export interface RotationMember {
  id: string;
  name: string;
}

/** One member's part in one session (the participants who said they were that member). */
export interface RotationAttendance {
  memberId: string;
  /** Owned the case the session worked on. */
  broughtCase: boolean;
  tookNotes: boolean;
  /** Named contributions: revealed named reactions and pitched cases. */
  namedPosts: number;
}

export interface RotationSession {
  /** When it started (ms). */
  startedAt: number;
  attendance: RotationAttendance[];
}

export interface RotationRow {
  memberId: string;
  name: string;
  attended: number;
  casesBrought: number;
  /** When they last brought the case (ms), or null. */
  lastCaseAt: number | null;
  notesTaken: number;
  lastNotesAt: number | null;
  openActions: number;
  /** Sessions in which others spoke (named) and they did not. */
  quietSessions: number;
}

export type SuggestionReason = "never" | "longest_ago";

export interface RotationSuggestion {
  memberId: string;
  name: string;
  /** Never had the role, or had it longest ago of everyone. */
  reason: SuggestionReason;
  /** When they last had it, for "longest_ago". */
  lastAt: number | null;
}

export interface Rotation {
  /** Current members, by name. */
  rows: RotationRow[];
  nextCaseOwner: RotationSuggestion | null;
  /** Never the suggested case owner: the owner of the case does not take the notes. */
  nextNoteTaker: RotationSuggestion | null;
}

/**
 * Whoever had the role least often, then longest ago (never first), then who has fewer open action
 * points on their plate, then by name.
 */
function fairest(
  rows: readonly RotationRow[],
  count: (row: RotationRow) => number,
  lastAt: (row: RotationRow) => number | null,
): RotationSuggestion | null {
  const best = [...rows].sort(
    (a, b) =>
      count(a) - count(b) ||
      (lastAt(a) ?? Number.NEGATIVE_INFINITY) - (lastAt(b) ?? Number.NEGATIVE_INFINITY) ||
      a.openActions - b.openActions ||
      a.name.localeCompare(b.name),
  )[0];
  if (!best) return null;
  const at = lastAt(best);
  return { memberId: best.memberId, name: best.name, reason: at === null ? "never" : "longest_ago", lastAt: at };
}

export function groupRotation(
  members: readonly RotationMember[],
  sessions: readonly RotationSession[],
  openActionOwners: readonly string[],
): Rotation {
  const rows = new Map<string, RotationRow>(
    members.map((member) => [
      member.id,
      {
        memberId: member.id,
        name: member.name,
        attended: 0,
        casesBrought: 0,
        lastCaseAt: null,
        notesTaken: 0,
        lastNotesAt: null,
        openActions: 0,
        quietSessions: 0,
      },
    ]),
  );
  for (const session of sessions) {
    // A member who joined on two screens is one person in the session.
    const byMember = new Map<string, RotationAttendance>();
    for (const each of session.attendance) {
      const known = byMember.get(each.memberId);
      byMember.set(
        each.memberId,
        known
          ? {
              memberId: each.memberId,
              broughtCase: known.broughtCase || each.broughtCase,
              tookNotes: known.tookNotes || each.tookNotes,
              namedPosts: known.namedPosts + each.namedPosts,
            }
          : each,
      );
    }
    const someoneSpoke = [...byMember.values()].some((each) => each.namedPosts > 0);
    for (const each of byMember.values()) {
      const row = rows.get(each.memberId);
      if (!row) continue;
      row.attended += 1;
      if (each.broughtCase) {
        row.casesBrought += 1;
        row.lastCaseAt = Math.max(row.lastCaseAt ?? 0, session.startedAt);
      }
      if (each.tookNotes) {
        row.notesTaken += 1;
        row.lastNotesAt = Math.max(row.lastNotesAt ?? 0, session.startedAt);
      }
      if (someoneSpoke && each.namedPosts === 0) row.quietSessions += 1;
    }
  }
  for (const owner of openActionOwners) {
    const row = rows.get(owner);
    if (row) row.openActions += 1;
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
  const nextCaseOwner = fairest(
    sorted,
    (row) => row.casesBrought,
    (row) => row.lastCaseAt,
  );
  const nextNoteTaker = fairest(
    sorted.filter((row) => row.memberId !== nextCaseOwner?.memberId),
    (row) => row.notesTaken,
    (row) => row.lastNotesAt,
  );
  return { rows: sorted, nextCaseOwner, nextNoteTaker };
}
