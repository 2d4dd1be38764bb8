/**
 * Ceilings on what a live session stores, whatever its method's rules say: they bound the view that
 * every screen receives and keep one participant from filling a room. Domain rules, applied the
 * same way by the fast path (new-reaction.ts, against the cached record) and by the transactions
 * (server/services/live), which count in the database under the session lock.
 *
 * Sized far above real use: a group is 5 to 12 people, a phase 5 to 20 minutes.
 */
export const CAPS = {
  /**
   * Reactions by one person in one round, when the phase has no quota of its own (a brainstorm):
   * 50 is one every 12 seconds for ten minutes, nobody types that many ideas; it is also the
   * highest quota a phase may set (phase-rules.ts), so no method's rule is cut short.
   */
  reactionsPerPersonPerRound: 50,
  /** Reactions in one round from everyone: a group of 12 writing 30 each, with room to spare. */
  reactionsPerRound: 400,
  /** Cases pitched in a session (a group of 12 each bringing one, and some to spare). */
  casesPerSession: 30,
  /** Action points made in a session: a few per person. */
  actionPointsPerSession: 100,
  /** Everything a session stores (reactions of all rounds, cases, action points): a long day's work. */
  itemsPerSession: 2000,
} as const;

export type CapRefusal = "quota_reached" | "round_full" | "session_full";

/** What a new reaction would be counted against: counts before it. */
export interface ReactionCounts {
  /** The author's reactions in the round, withdrawn ones left out (as the quota counts them). */
  authorInRound: number;
  /** Every reaction stored in the round, withdrawn ones too (they are stored). */
  inRound: number;
  /** Everything the session stores: reactions, cases and action points. */
  inSession: number;
}

/** Everything a session's record says it stores, for the session-wide ceiling. */
export function sessionItems(record: {
  reactionsInSession: number;
  cases: readonly unknown[];
  actionPoints: readonly unknown[];
}): number {
  return record.reactionsInSession + record.cases.length + record.actionPoints.length;
}

/** Whether one more reaction fits under the caps, or which one it would break. */
export function reactionCapRefusal(counts: ReactionCounts): CapRefusal | null {
  if (counts.inSession >= CAPS.itemsPerSession) return "session_full";
  if (counts.inRound >= CAPS.reactionsPerRound) return "round_full";
  if (counts.authorInRound >= CAPS.reactionsPerPersonPerRound) return "quota_reached";
  return null;
}

/** Whether one more case fits: counts before it. */
export function caseCapRefusal(counts: { casesInSession: number; inSession: number }): CapRefusal | null {
  if (counts.inSession >= CAPS.itemsPerSession || counts.casesInSession >= CAPS.casesPerSession) return "session_full";
  return null;
}

/** Whether one more action point fits: counts before it. */
export function actionPointCapRefusal(counts: { actionPointsInSession: number; inSession: number }): CapRefusal | null {
  if (counts.inSession >= CAPS.itemsPerSession || counts.actionPointsInSession >= CAPS.actionPointsPerSession)
    return "session_full";
  return null;
}
