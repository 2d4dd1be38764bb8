import { seesProposals } from "./case-proposals";
import { isHiddenUntilReveal, postsLeft } from "./reaction-rules";
import { tallyOf } from "./round-tally";
import {
  type AnsweredView,
  type CaseView,
  currentPhase,
  PROJECTOR_PRESENCE,
  type ReactionRecord,
  type ReactionView,
  type SessionRecord,
  type SessionView,
  type Viewer,
} from "./session-view";

/**
 * Who sees what of a live session: the one place that decides it. Hidden reactions stay with their
 * author until the reveal; anonymous ones never carry an author to anyone else, in any order or
 * field. The shapes it reads and writes are in session-view.ts.
 */

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
  return tallyOf(record.reactions).shownAnonymous === 0;
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
