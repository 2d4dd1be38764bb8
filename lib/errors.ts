/**
 * Every error code Kring sends to a client, with the message key that explains it to a person.
 * Codes travel in acks and form results; the UI translates the key (lib/i18n).
 */
export const errorMessageKeys = {
  bad_request: "errors.badRequest",
  unauthenticated: "errors.unauthenticated",
  forbidden: "errors.forbidden",
  not_found: "errors.notFound",
  too_large: "errors.tooLarge",
  rate_limited: "errors.rateLimited",
  conflict: "errors.conflict",
  internal: "errors.internal",
  session_not_started: "live.errors.sessionNotStarted",
  session_ended: "live.errors.sessionEnded",
  no_such_phase: "live.errors.noSuchPhase",
  posting_closed: "live.errors.postingClosed",
  owner_silent: "live.errors.ownerSilent",
  others_write: "live.errors.othersWrite",
  owner_only: "live.errors.ownerOnly",
  kind_not_allowed: "live.errors.kindNotAllowed",
  quota_reached: "live.errors.quotaReached",
  round_closed: "live.errors.roundClosed",
  already_revealed: "live.errors.alreadyRevealed",
  not_revealed: "live.errors.notRevealed",
  no_round: "live.errors.noRound",
  votes_spent: "live.errors.votesSpent",
  voting_closed: "live.errors.votingClosed",
  deck_exhausted: "live.errors.deckExhausted",
  no_deck: "live.errors.noDeck",
  no_participants: "live.errors.noParticipants",
  removed: "live.errors.removed",
  outdated: "live.errors.outdated",
  not_choosing: "live.errors.notChoosing",
  case_closed: "live.errors.caseClosed",
  case_owner_only: "live.errors.caseOwnerOnly",
  notes_readonly: "live.errors.notesReadonly",
  notes_conflict: "live.errors.notesConflict",
  due_in_past: "live.errors.dueInPast",
  owner_unknown: "live.errors.ownerUnknown",
  member_taken: "join.errors.memberTaken",
  not_your_action: "live.errors.notYourAction",
  actions_closed: "live.errors.actionsClosed",
  plan_locked: "live.errors.planLocked",
  method_name_taken: "live.errors.methodNameTaken",
  session_live: "privacy.errors.sessionLive",
  lesson_frozen: "deckEditor.errors.lessonFrozen",
  theme_frozen: "deckEditor.errors.themeFrozen",
  deck_in_use: "deckEditor.errors.deckInUse",
  // Saying which group member you are, after joining (anonymity: the join page names nobody).
  member_unknown: "join.errors.memberUnknown",
  member_chosen: "memberChoice.alreadyChosen",
  // Live limits (lib/domain/caps.ts, lib/realtime/live-limits.ts).
  round_full: "liveLimits.roundFull",
  session_full: "liveLimits.sessionFull",
  // Access that ends when it should.
  join_locked: "access.sessionLocked",
  rejoin_removed: "access.rejoinRemoved",
  join_throttled: "access.tooManyTries",
  // Cases brought in before a session (lib/domain/case-proposals.ts).
  proposer_unknown: "proposals.errors.proposerUnknown",
  proposal_quota: "proposals.errors.perPerson",
  proposals_full: "proposals.errors.perSession",
  proposals_closed: "proposals.errors.closed",
  not_your_proposal: "proposals.errors.notYours",
  // Text hygiene (lib/schemas/text.ts)
  text_control_characters: "textHygiene.controlCharacters",
  // Faults: retryable answers (the client keeps what it sent and tries again).
  unavailable: "errors.unavailable",
  busy: "errors.busy",
} as const;

export type ErrorCode = keyof typeof errorMessageKeys;

export type Result<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      /** With a retryable code (`unavailable`, `busy`, `rate_limited`): when trying again makes sense. */
      retryAfterMs?: number;
    };

/**
 * Answers that say "not now" rather than "no": the server could not do it at this moment (its
 * database is away, it is busy, too many requests, an unexpected failure). What was sent is kept
 * and sent again; every other refusal is the person's to fix (a closed round, a quota).
 */
export const RETRYABLE_CODES: readonly ErrorCode[] = ["unavailable", "busy", "rate_limited", "internal"];

/** A refusal that a rule or a service means to send: its code reaches the person, translated. */
export class KringError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = "KringError";
  }
}
