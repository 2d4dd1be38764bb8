import type { LocalizedText } from "@/lib/content/types";
import type { PhaseKind, PhaseRules, PostKind } from "@/lib/schemas/phase-rules";
import type { ContributionLedger } from "./balance";
import { type ProposalRecord, seesProposals } from "./case-proposals";
import type { ActionPointRecord, CaseRecord, CaseStatus, MemberRecord, NotesRecord } from "./intervision";
import type { SessionStatus } from "./phase-machine";
import type { ProjectorFocus } from "./projector";
import { isHiddenUntilReveal, type ParticipantRole, postsLeft } from "./reaction-rules";
import type { TimerState } from "./timer";

/**
 * A live session as stored (what the server loads), and as each viewer may see it. The projection
 * is the one place that decides who sees what: hidden reactions stay with their author until the
 * reveal, anonymous ones never carry an author to anyone else, in any order or field.
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

/** Authors' reactions that count towards quota and "submitted": everything not withdrawn. */
function counted(reaction: ReactionRecord) {
  return reaction.visibility !== "withdrawn";
}

/**
 * Whether the participant list may mark who has reacted in this round. Not while texts of an
 * anonymous round can be read (after its reveal, or in an anonymous phase whose texts would appear
 * at once): a mark that flips, or is there, as a text appears names its author. Before the reveal
 * the marks tell only who has written something, which is what a count hidden until the reveal is for.
 */
export function submittedMarksShown(
  record: Pick<SessionRecord, "reactions" | "round" | "phases" | "currentPhaseIndex">,
) {
  const phase = currentPhase(record);
  const roundPhase = record.round && phase && record.round.phaseId === phase.id ? phase : null;
  if (roundPhase?.rules.anonymous && !isHiddenUntilReveal(roundPhase.rules)) return false;
  return !record.reactions.some(
    (reaction) => reaction.anonymous && reaction.visibility !== "pending" && reaction.visibility !== "withdrawn",
  );
}

/** Orders visible reactions: named ones by time; anonymous ones by their random id, so order tells nothing. */
export function displayOrder(
  a: Pick<ReactionRecord, "anonymous" | "id" | "createdAt">,
  b: Pick<ReactionRecord, "anonymous" | "id" | "createdAt">,
): number {
  if (a.anonymous !== b.anonymous) return a.anonymous ? 1 : -1;
  if (a.anonymous) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return a.createdAt - b.createdAt;
}

type Readable = ReactionRecord & { visibility: ReactionView["visibility"] };

/** Whether `viewer` may read `reaction`: its author always; everyone once revealed; the lead a hidden one too. */
function readableBy(reaction: ReactionRecord, viewer: Viewer): reaction is Readable {
  if (reaction.visibility === "withdrawn") return false;
  if (viewer.kind === "participant" && reaction.authorId === viewer.participantId) return true;
  return reaction.visibility === "revealed" || (reaction.visibility === "hidden" && viewer.kind === "facilitator");
}

/** A readable reaction as `viewer` sees it: an anonymous one names its author to the author alone. */
function reactionView(
  reaction: Readable,
  viewer: Viewer,
  names: ReadonlyMap<string, string>,
  votes: { votes: number; myVotes: number },
): ReactionView {
  const mine = viewer.kind === "participant" && reaction.authorId === viewer.participantId;
  const showAuthor = mine || !reaction.anonymous;
  return {
    id: reaction.id,
    kind: reaction.kind,
    text: reaction.text,
    authorId: showAuthor ? reaction.authorId : null,
    authorName: showAuthor ? (names.get(reaction.authorId) ?? null) : null,
    mine,
    clientId: mine ? reaction.clientId : null,
    visibility: reaction.visibility,
    anonymous: reaction.anonymous,
    ...votes,
    usable: reaction.usable,
    label: reaction.label,
  };
}

/**
 * What `viewer` may see of the session. `online` is the set of participant ids connected now, with
 * PROJECTOR_PRESENCE in it while a projector screen is connected.
 */
export function projectSession(record: SessionRecord, viewer: Viewer, online: ReadonlySet<string>): SessionView {
  const viewerId = viewer.kind === "participant" ? viewer.participantId : null;
  const names = new Map(record.participants.map((participant) => [participant.id, participant.displayName]));
  const submitters = new Set(record.reactions.filter(counted).map((reaction) => reaction.authorId));
  const voteTotals = new Map<string, number>();
  const myVotes = new Map<string, number>();
  for (const vote of record.votes) {
    voteTotals.set(vote.reactionId, (voteTotals.get(vote.reactionId) ?? 0) + 1);
    if (vote.voterId === viewerId) myVotes.set(vote.reactionId, (myVotes.get(vote.reactionId) ?? 0) + 1);
  }

  let pendingCount = 0;
  const reactions: ReactionView[] = [];
  for (const reaction of [...record.reactions].sort(displayOrder)) {
    if (reaction.visibility === "withdrawn") continue;
    if (!readableBy(reaction, viewer)) {
      if (reaction.visibility === "pending") pendingCount += 1;
      continue;
    }
    const countVotes = reaction.visibility === "revealed";
    // Counts stay with the server while people vote: seen on a screen, they would steer the votes.
    const votesShown = countVotes && record.round?.votingClosed === true;
    reactions.push(
      reactionView(reaction, viewer, names, {
        votes: votesShown ? (voteTotals.get(reaction.id) ?? 0) : 0,
        myVotes: countVotes ? (myVotes.get(reaction.id) ?? 0) : 0,
      }),
    );
  }
  // The answered round is read, not written in: what everyone could read there, by the same rules.
  const answered: AnsweredView | null = record.answered && {
    roundId: record.answered.roundId,
    phaseId: record.answered.phaseId,
    reactions: [...record.answered.reactions]
      .sort(displayOrder)
      .filter((reaction): reaction is Readable => reaction.visibility !== "pending" && readableBy(reaction, viewer))
      .map((reaction) => reactionView(reaction, viewer, names, { votes: 0, myVotes: 0 })),
  };

  // Once the vote is closed, the most voted come first, on every screen alike (a stable sort).
  if (record.round?.votingClosed) reactions.sort((a, b) => b.votes - a.votes);

  const marks = submittedMarksShown(record);
  const participants = record.participants.map((participant) => ({
    ...participant,
    online: online.has(participant.id),
    submitted: marks && submitters.has(participant.id),
  }));
  const self = viewerId ? record.participants.find((participant) => participant.id === viewerId) : undefined;
  const phase = currentPhase(record);
  const myReactions = record.reactions.filter((reaction) => counted(reaction) && reaction.authorId === viewerId);
  // A pitch is a case, not a reaction: in a phase that takes pitches, they count towards the quota.
  const myPitches = phase?.rules.postKinds.includes("pitch")
    ? record.cases.filter((each) => each.ownerId === viewerId).length
    : 0;
  const myPosts = myReactions.length + myPitches;
  const cases: CaseView[] = record.cases.map((each) => ({
    id: each.id,
    title: each.title,
    question: each.question,
    description: each.description ?? null,
    ownerId: each.ownerId,
    ownerName: names.get(each.ownerId) ?? null,
    status: each.status,
    votes: each.voterIds.length,
    myVote: viewerId !== null && each.voterIds.includes(viewerId),
  }));
  const myVoteCount = record.votes.filter((vote) => vote.voterId === viewerId).length;
  const {
    phases,
    participants: _p,
    round,
    reactions: _r,
    answered: _a,
    votes: _v,
    dealtLessonIds,
    version,
    cases: _c,
    group,
    members,
    notes,
    actionPoints,
    lookBack,
    actionSources,
    contributions,
    proposals,
    ...session
  } = record;
  return {
    version,
    viewer,
    session,
    phases,
    participants,
    round,
    reactions,
    answered,
    pendingCount,
    submittedCount: submitters.size,
    projectorOnline: online.has(PROJECTOR_PRESENCE),
    dealtLessonIds,
    cases,
    chosenCase: cases.find((each) => each.status === "chosen") ?? null,
    group,
    members,
    notes,
    actionPoints,
    lookBack,
    actionSources,
    balance: viewer.kind === "facilitator" ? contributions : null,
    proposals: seesProposals(viewer) ? proposals : null,
    me: self
      ? {
          participantId: self.id,
          displayName: self.displayName,
          role: self.role,
          postsLeft: phase ? postsLeft(phase.rules, myPosts) : null,
          votesLeft: Math.max(0, record.voteBudget - myVoteCount),
        }
      : null,
  };
}

/** The phase a viewer's screen shows now. */
export function viewPhase(view: Pick<SessionView, "phases" | "session">): PhaseView | null {
  const index = view.session.currentPhaseIndex;
  return index === null ? null : (view.phases[index] ?? null);
}
