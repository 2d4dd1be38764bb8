import { EMPTY_LEDGER } from "../balance";
import { NO_FOCUS } from "../projector";
import type { ParticipantRecord, RoundRecord, SessionRecord } from "../session-view";

/** A running session's record for unit tests: nobody in it, an open round "round", nothing posted. */
export function sessionRecord(changes: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: "s",
    title: "T",
    status: "running",
    joinCode: "ABCDEFGH",
    locale: "nl",
    agreements: "",
    joinLocked: false,
    projector: NO_FOCUS,
    voteBudget: 3,
    currentPhaseIndex: 0,
    version: 4,
    timer: { status: "idle", durationMs: 1 },
    facilitatorName: "Lea",
    deck: null,
    phases: [],
    participants: [],
    round: openRound(),
    reactions: [],
    answered: null,
    reactionsInSession: 0,
    votes: [],
    dealtLessonIds: [],
    group: null,
    members: [],
    cases: [],
    notes: { text: "", version: 0, updatedByName: null },
    actionPoints: [],
    lookBack: [],
    actionSources: [],
    contributions: EMPTY_LEDGER,
    proposals: [],
    ...changes,
  };
}

export function openRound(changes: Partial<RoundRecord> = {}): RoundRecord {
  return {
    id: "round",
    position: 0,
    phaseId: null,
    lesson: null,
    question: null,
    revealed: false,
    votingClosed: false,
    turnOrder: [],
    turnIndex: null,
    turnSkipped: [],
    ...changes,
  };
}

export function participant(
  id: string,
  displayName: string,
  changes: Partial<ParticipantRecord> = {},
): ParticipantRecord {
  return { id, displayName, role: "participant", joinIndex: 0, groupMemberId: null, ...changes };
}
