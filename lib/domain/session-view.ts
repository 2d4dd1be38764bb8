import type { LocalizedText } from "@/lib/content/types";
import type { PhaseKind, PhaseRules, PostKind } from "@/lib/schemas/phase-rules";
import type { ContributionLedger } from "./balance";
import type { ProposalRecord } from "./case-proposals";
import type { ActionPointRecord, CaseRecord, CaseStatus, MemberRecord, NotesRecord } from "./intervision";
import type { SessionStatus } from "./phase-machine";
import type { ProjectorFocus } from "./projector";
import type { ParticipantRole } from "./reaction-rules";
import type { TimerState } from "./timer";

/**
 * A live session as stored (what the server loads), and as each viewer sees it. What a viewer may
 * see is decided in one place, session-projection.ts.
 */

export interface PhaseView {
  id: string;
  position: number;
  kind: PhaseKind;
  title: LocalizedText;
  instruction: LocalizedText;
  durationSeconds: number;
  rules: PhaseRules;
}

export interface LessonCard {
  id: string;
  text: LocalizedText;
  theme: LocalizedText;
  /** Number of the lesson in its deck, 1-based, as the deck browser shows it. */
  number: number;
}

export interface RoundRecord {
  id: string;
  position: number;
  phaseId: string | null;
  lesson: LessonCard | null;
  question: string | null;
  revealed: boolean;
  /** The lead closed the dot vote: until then nobody sees the counts (they would steer the votes). */
  votingClosed: boolean;
  turnOrder: string[];
  turnIndex: number | null;
  turnSkipped: string[];
}

export type ReactionVisibility = "pending" | "revealed" | "hidden" | "withdrawn";

export interface ReactionRecord {
  id: string;
  clientId: string;
  roundId: string;
  authorId: string;
  kind: PostKind;
  text: string;
  anonymous: boolean;
  visibility: ReactionVisibility;
  createdAt: number;
  /** Advice the case owner marked usable (true) or not (false). */
  usable: boolean | null;
  /** Socratic conversation: the case owner's label for a question. */
  label: QuestionLabel | null;
}

export type QuestionLabel = "warm" | "cold" | "neutral";

/**
 * The round of the phase a response phase answers, kept in view read-only: nobody posts or votes in
 * it any more, but the case owner labels its questions (or marks its advice usable) and everyone
 * sees the marks. Its reactions are stored in it, as they were written.
 */
export interface AnsweredRound {
  roundId: string;
  phaseId: string;
  reactions: ReactionRecord[];
}

export interface ParticipantRecord {
  id: string;
  displayName: string;
  role: ParticipantRole;
  joinIndex: number;
  /** The group member this participant said they are, if any. */
  groupMemberId: string | null;
}

export interface SessionRecord {
  id: string;
  title: string;
  status: SessionStatus;
  joinCode: string;
  locale: "nl" | "en";
  agreements: string;
  /** The lead closed the session to new joiners (those in it stay). */
  joinLocked: boolean;
  /** What the lead has put on the projector besides the round (lib/domain/projector.ts). */
  projector: ProjectorFocus;
  voteBudget: number;
  currentPhaseIndex: number | null;
  version: number;
  timer: TimerState;
  facilitatorName: string;
  deck: { id: string; slug: string; title: LocalizedText } | null;
  phases: PhaseView[];
  /** Present participants (removed ones are left out when loading). */
  participants: ParticipantRecord[];
  /** The current round (see currentRound), with its reactions and votes. */
  round: RoundRecord | null;
  reactions: ReactionRecord[];
  /** In a response phase, the round it answers (answeredPhaseIndex in reaction-rules.ts); else null. */
  answered: AnsweredRound | null;
  /** Reactions stored in the whole session, every round, withdrawn ones too (for lib/domain/caps). */
  reactionsInSession: number;
  votes: { reactionId: string; voterId: string }[];
  dealtLessonIds: string[];
  group: { id: string; name: string } | null;
  /** The group's members (who a participant can say they are, and who can own an action point). */
  members: MemberRecord[];
  cases: CaseRecord[];
  notes: NotesRecord;
  actionPoints: ActionPointRecord[];
  /** Open action points of the group's earlier sessions (and those closed since this one began). */
  lookBack: ActionPointRecord[];
  actionSources: ActionSource[];
  /**
   * Who contributed how much in the whole session (lib/domain/balance.ts): named contributions per
   * person, anonymous ones only as a number per phase. For the lead's view alone.
   */
  contributions: ContributionLedger;
  /** Cases brought in before the session (lib/domain/case-proposals.ts): for the lead's view alone. */
  proposals: ProposalRecord[];
}

/**
 * What an action point can be made from in the action-points phase: every reaction of the session
 * that everyone could read (revealed), from any round, its text only (never its author). Empty in
 * other phases, where the form offers the current round's reactions.
 */
export interface ActionSource {
  id: string;
  kind: PostKind;
  /** At most ACTION_SOURCE_TEXT characters: enough to choose by and to start the point's text. */
  text: string;
  /** The round's number in the session, 1-based, and its dealt lesson's number, if any. */
  round: number;
  lessonNumber: number | null;
}

export const ACTION_SOURCE_TEXT = 500;

/** Records every viewer sees the same way; the projection passes them on as they are. */
type SharedRecords = "group" | "members" | "notes" | "actionPoints" | "lookBack" | "actionSources";

export type Viewer = { kind: "facilitator" } | { kind: "projector" } | { kind: "participant"; participantId: string };

export interface ReactionView {
  id: string;
  kind: PostKind;
  text: string;
  /** Null when anonymous, for everyone but the author. */
  authorId: string | null;
  authorName: string | null;
  mine: boolean;
  /** The client's own id, only for the author (it lets the outbox match acks). */
  clientId: string | null;
  visibility: Exclude<ReactionVisibility, "withdrawn">;
  anonymous: boolean;
  /** Dot votes, counted once the lead has closed the vote (0 before: counts would steer votes). */
  votes: number;
  myVotes: number;
  usable: boolean | null;
  label: QuestionLabel | null;
}

/** The answered round as a viewer may read it (the same rules as the round's own reactions). */
export interface AnsweredView {
  roundId: string;
  phaseId: string;
  /** Its readable reactions: revealed ones, hidden ones for the lead; never pending ones; no vote counts. */
  reactions: ReactionView[];
}

export interface CaseView {
  id: string;
  title: string;
  question: string;
  /** The few sentences of a case brought in before the session, else null. */
  description: string | null;
  ownerId: string;
  ownerName: string | null;
  status: CaseStatus;
  votes: number;
  myVote: boolean;
}

export interface ParticipantView extends ParticipantRecord {
  online: boolean;
  /**
   * Has reacted in this round. Always false while an anonymous round's texts can be read (see
   * submittedMarksShown): then only `submittedCount` says how many have.
   */
  submitted: boolean;
}

/** In a presence set of participant ids: a projector screen is connected (ids are never this word). */
export const PROJECTOR_PRESENCE = "projector";

export interface SessionView {
  version: number;
  viewer: Viewer;
  session: Omit<
    SessionRecord,
    | "phases"
    | "participants"
    | "round"
    | "reactions"
    | "answered"
    | "votes"
    | "dealtLessonIds"
    | "version"
    | "cases"
    | "contributions"
    | "proposals"
    | SharedRecords
  >;
  phases: PhaseView[];
  participants: ParticipantView[];
  round: RoundRecord | null;
  reactions: ReactionView[];
  answered: AnsweredView | null;
  /** Reactions in the round that this viewer cannot read yet (hidden until the reveal). */
  pendingCount: number;
  /** How many people have reacted in this round (shown instead of marks in an anonymous round). */
  submittedCount: number;
  /** Whether a projector screen of the session is connected now (presence, not versioned). */
  projectorOnline: boolean;
  dealtLessonIds: string[];
  cases: CaseView[];
  chosenCase: CaseView | null;
  group: SessionRecord["group"];
  members: MemberRecord[];
  notes: NotesRecord;
  actionPoints: ActionPointRecord[];
  lookBack: ActionPointRecord[];
  actionSources: ActionSource[];
  /**
   * The participation balance (lib/domain/balance.ts), for the facilitator only: null on the
   * projector and on participants' screens. Anonymous reactions in it have no author and no time.
   */
  balance: ContributionLedger | null;
  /** Cases brought in before the session: the lead's alone (seesProposals); null for everyone else. */
  proposals: ProposalRecord[] | null;
  me: {
    participantId: string;
    displayName: string;
    role: ParticipantRole;
    postsLeft: number | null;
    votesLeft: number;
  } | null;
}

export function currentPhase(record: Pick<SessionRecord, "phases" | "currentPhaseIndex">): PhaseView | null {
  return record.currentPhaseIndex === null ? null : (record.phases[record.currentPhaseIndex] ?? null);
}

/** The phase a viewer's screen shows now. */
export function viewPhase(view: Pick<SessionView, "phases" | "session">): PhaseView | null {
  const index = view.session.currentPhaseIndex;
  return index === null ? null : (view.phases[index] ?? null);
}
