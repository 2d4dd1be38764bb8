import type { PostKind } from "@/lib/schemas/phase-rules";
import { contributionOf, withContribution } from "./balance";
import { reactionCapRefusal, sessionItems } from "./caps";
import { checkReaction, isHiddenUntilReveal, postsLeft } from "./reaction-rules";
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

/**
 * Whether `participantId` may post `request` into the session as `record` shows it, and how it
 * will be stored. The same rules as the server's transactional path (reaction-commands.ts),
 * the caps of caps.ts included; a refusal is not explained here: the caller confirms it against the database, which says why.
 * A request whose client id is already in the round is a retry, not a new reaction.
 */
export function planReaction(
  record: SessionRecord,
  participantId: string,
  request: ReactionRequest,
): { ok: true; planned: PlannedReaction } | { ok: false } {
  const phase = currentPhase(record);
  const round = record.round;
  const author = record.participants.find((participant) => participant.id === participantId);
  if (record.status !== "running" || !phase || !round || !author) return { ok: false };
  if (round.id !== request.roundId || round.phaseId !== phase.id) return { ok: false };
  const hidden = isHiddenUntilReveal(phase.rules);
  if (hidden && round.revealed) return { ok: false };
  let postsSoFar = 0;
  for (const reaction of record.reactions) {
    if (reaction.clientId === request.clientId) return { ok: false };
    if (reaction.authorId === participantId && reaction.visibility !== "withdrawn") postsSoFar += 1;
  }
  if (!checkReaction(phase.rules, author.role, request.kind, postsSoFar).ok) return { ok: false };
  const counts = { authorInRound: postsSoFar, inRound: record.reactions.length, inSession: sessionItems(record) };
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
  const pendingByAuthor = new Map<string, number>();
  const submitters = new Set<string>();
  let authorPosts = 0;
  for (const each of record.reactions) {
    if (each.visibility === "pending")
      pendingByAuthor.set(each.authorId, (pendingByAuthor.get(each.authorId) ?? 0) + 1);
    if (each.visibility !== "withdrawn") submitters.add(each.authorId);
    if (each.authorId === reaction.authorId && each.visibility !== "withdrawn") authorPosts += 1;
  }
  const phase = currentPhase(record);
  return {
    reaction,
    authorName,
    pendingByAuthor,
    authorPostsLeft: phase ? postsLeft(phase.rules, authorPosts) : null,
    // Sorted: the order of the list must not say who reacted first.
    submitters: [...submitters].sort(),
    firstOfAuthor: authorPosts === 1,
    marksShown: submittedMarksShown(record),
    phaseId: roundPhaseId(record, reaction),
  };
}
