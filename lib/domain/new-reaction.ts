import type { PostKind } from "@/lib/schemas/phase-rules";
import { contributionOf, withContribution } from "./balance";
import { reactionCapRefusal, sessionItems } from "./caps";
import { checkReaction, isHiddenUntilReveal, postsLeft } from "./reaction-rules";
import { tallyOf } from "./round-tally";
import type { AddedReaction } from "./session-patch";
import { submittedMarksShown } from "./session-projection";
import { currentPhase, type ReactionRecord, type SessionRecord } from "./session-view";

export interface ReactionRequest {
  clientId: string;
  roundId: string;
  kind: PostKind;
  text: string;
}

/** What a new reaction will be stored as. */
export interface PlannedReaction {
  roundId: string;
  anonymous: boolean;
  visibility: "pending" | "revealed";
  authorName: string;
}

/** Reactions accepted earlier in the same batch, stored together with the one being checked. */
export interface AcceptedAhead {
  clientIds: Set<string>;
  postsByAuthor: Map<string, number>;
  count: number;
}

const nothingAhead = (): AcceptedAhead => ({ clientIds: new Set(), postsByAuthor: new Map(), count: 0 });

/**
 * Whether `participantId` may post `request` into the session as `record` shows it (with the
 * reactions `ahead` of it in its batch), and how it will be stored. The same rules as the server's
 * transactional path (reaction-commands.ts), the caps of caps.ts included; a refusal is not
 * explained here: the caller confirms it against the database, which says why.
 * A request whose client id is already in the round is a retry, not a new reaction.
 */
export function planReaction(
  record: SessionRecord,
  participantId: string,
  request: ReactionRequest,
  ahead: AcceptedAhead = nothingAhead(),
): { ok: true; planned: PlannedReaction } | { ok: false } {
  const phase = currentPhase(record);
  const round = record.round;
  const author = record.participants.find((participant) => participant.id === participantId);
  if (record.status !== "running" || !phase || !round || !author) return { ok: false };
  if (round.id !== request.roundId || round.phaseId !== phase.id) return { ok: false };
  const hidden = isHiddenUntilReveal(phase.rules);
  if (hidden && round.revealed) return { ok: false };
  const tally = tallyOf(record.reactions);
  if (tally.clientIds.has(request.clientId) || ahead.clientIds.has(request.clientId)) return { ok: false };
  const postsSoFar = (tally.postsByAuthor.get(participantId) ?? 0) + (ahead.postsByAuthor.get(participantId) ?? 0);
  if (!checkReaction(phase.rules, author.role, request.kind, postsSoFar).ok) return { ok: false };
  const counts = {
    authorInRound: postsSoFar,
    inRound: record.reactions.length + ahead.count,
    inSession: sessionItems(record) + ahead.count,
  };
  if (reactionCapRefusal(counts) !== null) return { ok: false };
  return {
    ok: true,
    planned: {
      roundId: round.id,
      anonymous: phase.rules.anonymous,
      visibility: hidden ? "pending" : "revealed",
      authorName: author.displayName,
    },
  };
}

/**
 * Checks each post of a batch after the ones before it, as if they were stored one by one: the plan
 * of each, or null for one the record does not accept (the caller takes it the transactional way).
 */
export function planReactions(
  record: SessionRecord,
  posts: readonly { participantId: string; request: ReactionRequest }[],
): (PlannedReaction | null)[] {
  const ahead = nothingAhead();
  return posts.map(({ participantId, request }) => {
    const plan = planReaction(record, participantId, request, ahead);
    if (!plan.ok) return null;
    ahead.clientIds.add(request.clientId);
    ahead.postsByAuthor.set(participantId, (ahead.postsByAuthor.get(participantId) ?? 0) + 1);
    ahead.count += 1;
    return plan.planned;
  });
}

/** Adds `reaction`, stored at `version`, to the record in place (the server's cached copy). */
export function appendReaction(record: SessionRecord, reaction: ReactionRecord, version: number): void {
  record.reactions.push(reaction);
  record.reactionsInSession += 1;
  record.contributions = withContribution(
    record.contributions,
    contributionOf(reaction, roundPhaseId(record, reaction)),
  );
  record.version = version;
}

/** The phase of the round `reaction` was posted in (the current one), for the balance. */
function roundPhaseId(record: SessionRecord, reaction: ReactionRecord): string | null {
  return record.round?.id === reaction.roundId ? record.round.phaseId : null;
}

/**
 * The record after `reaction` was stored at `version`, and what every viewer's patch is made from.
 * The record is changed in place: it is the server's cached copy, owned by one session's queue.
 */
export function recordReaction(
  record: SessionRecord,
  reaction: ReactionRecord,
  authorName: string,
  version: number,
): AddedReaction {
  appendReaction(record, reaction, version);
  const tally = tallyOf(record.reactions);
  const authorPosts = tally.postsByAuthor.get(reaction.authorId) ?? 0;
  const phase = currentPhase(record);
  return {
    reaction,
    authorName,
    // Copies: the patch log keeps them, and the tally goes on counting.
    pendingByAuthor: new Map(tally.pendingByAuthor),
    authorPostsLeft: phase ? postsLeft(phase.rules, authorPosts) : null,
    // Sorted: the order of the list must not say who reacted first.
    submitters: [...tally.submitters].sort(),
    firstOfAuthor: authorPosts === 1,
    marksShown: submittedMarksShown(record),
    phaseId: roundPhaseId(record, reaction),
  };
}
