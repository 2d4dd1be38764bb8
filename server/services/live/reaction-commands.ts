import { reactionCapRefusal } from "@/lib/domain/caps";
import { checkReaction, isHiddenUntilReveal } from "@/lib/domain/reaction-rules";
import type { AddedReaction } from "@/lib/domain/session-patch";
import { KringError } from "@/lib/errors";
import type { PostKind } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";
import { sessionItemCounts } from "./item-counts";
import { presentParticipant } from "./participants";
import { currentRound, runningPhase, sessionWithPhases } from "./session-row";
import { type Mutation, mutateSession, type Tx } from "./transaction";

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

export interface NewReaction {
  clientId: string;
  roundId: string;
  kind: PostKind;
  text: string;
}

/**
 * Stores a participant's reaction once: a retried emit with the same client id finds the stored one
 * (checked under the session lock) and answers the same, so an outbox can resend without fear.
 */
export async function addReaction(
  db: Db,
  sessionId: string,
  participantId: string,
  input: NewReaction,
): Promise<Mutation<{ reactionId: string; added: AddedReaction | null }>> {
  try {
    return await mutateSession(db, sessionId, async (tx) => {
      // Checked again under the session lock: a racing retry may have stored it meanwhile.
      const stored = await tx.reaction.findUnique({ where: { clientId: input.clientId } });
      if (stored) {
        if (stored.sessionId !== sessionId || stored.authorId !== participantId) throw new KringError("bad_request");
        return { reactionId: stored.id, added: null };
      }
      const session = await sessionWithPhases(tx, sessionId);
      const phase = runningPhase(session);
      const participant = await presentParticipant(tx, sessionId, participantId);
      const round = await currentRound(tx, sessionId, phase);
      if (!round || round.id !== input.roundId) throw new KringError("round_closed");
      const hidden = isHiddenUntilReveal(phase.rules);
      if (hidden && round.revealedAt) throw new KringError("round_closed");
      const postsSoFar = await tx.reaction.count({
        where: { roundId: round.id, authorId: participantId, visibility: { not: "withdrawn" } },
      });
      const verdict = checkReaction(phase.rules, participant.role, input.kind, postsSoFar);
      if (!verdict.ok) throw new KringError(verdict.code);
      const inRound = await tx.reaction.count({ where: { roundId: round.id } });
      const { inSession } = await sessionItemCounts(tx, sessionId);
      const capped = reactionCapRefusal({ authorInRound: postsSoFar, inRound, inSession });
      if (capped) throw new KringError(capped);
      const now = new Date();
      const reaction = await tx.reaction.create({
        data: {
          clientId: input.clientId,
          sessionId,
          roundId: round.id,
          authorId: participantId,
          kind: input.kind,
          text: input.text,
          anonymous: phase.rules.anonymous,
          visibility: hidden ? "pending" : "revealed",
          revealedAt: hidden ? null : now,
        },
      });
      // What every viewer needs to update their view without reloading the round.
      const counted = await tx.reaction.groupBy({
        by: ["authorId", "visibility", "anonymous"],
        where: { roundId: round.id, visibility: { not: "withdrawn" } },
        _count: true,
      });
      const pendingByAuthor = new Map<string, number>();
      for (const row of counted)
        if (row.visibility === "pending")
          pendingByAuthor.set(row.authorId, (pendingByAuthor.get(row.authorId) ?? 0) + row._count);
      const added: AddedReaction = {
        reaction: {
          id: reaction.id,
          clientId: reaction.clientId,
          roundId: round.id,
          authorId: participantId,
          kind: reaction.kind,
          text: reaction.text,
          anonymous: reaction.anonymous,
          visibility: reaction.visibility,
          createdAt: reaction.createdAt.getTime(),
          usable: null,
          label: null,
        },
        authorName: participant.displayName,
        pendingByAuthor,
        authorPostsLeft: phase.rules.quota === null ? null : Math.max(0, phase.rules.quota - postsSoFar - 1),
        // Sorted: the order of the list must not say who reacted first.
        submitters: [...new Set(counted.map((row) => row.authorId))].sort(),
        firstOfAuthor: postsSoFar === 0,
        // As submittedMarksShown (session-projection.ts): no marks once an anonymous text can be read.
        marksShown:
          !(phase.rules.anonymous && !hidden) && !counted.some((row) => row.anonymous && row.visibility !== "pending"),
        phaseId: round.phaseId,
      };
      return { reactionId: reaction.id, added };
    });
  } catch (error) {
    // The same client id arrived twice at once: the other emit stored it.
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.reaction.findUnique({ where: { clientId: input.clientId } });
    if (!stored) throw error;
    const { version, value } = await retried(db, stored, sessionId, participantId);
    return { version, value: { ...value, added: null } };
  }
}

async function retried(
  db: Db,
  stored: { id: string; sessionId: string; authorId: string },
  sessionId: string,
  participantId: string,
) {
  if (stored.sessionId !== sessionId || stored.authorId !== participantId) throw new KringError("bad_request");
  const { version } = await db.intervisionSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { version: true },
  });
  return { version, value: { reactionId: stored.id } };
}

/** The author's own reaction that can still change: not revealed, not withdrawn. */
async function ownPendingReaction(tx: Tx, sessionId: string, participantId: string, reactionId: string) {
  await presentParticipant(tx, sessionId, participantId);
  const reaction = await tx.reaction.findFirst({ where: { id: reactionId, sessionId, authorId: participantId } });
  if (!reaction || reaction.visibility === "withdrawn") throw new KringError("not_found");
  if (reaction.visibility !== "pending") throw new KringError("already_revealed");
  return reaction;
}

export async function editReaction(db: Db, sessionId: string, participantId: string, reactionId: string, text: string) {
  return mutateSession(db, sessionId, async (tx) => {
    await ownPendingReaction(tx, sessionId, participantId, reactionId);
    await tx.reaction.update({ where: { id: reactionId }, data: { text } });
  });
}

export async function withdrawReaction(db: Db, sessionId: string, participantId: string, reactionId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    await ownPendingReaction(tx, sessionId, participantId, reactionId);
    await tx.reaction.update({ where: { id: reactionId }, data: { visibility: "withdrawn" } });
  });
}

/** A dot vote on a revealed reaction of the current round, within the session's per-person budget. */
export async function castVote(
  db: Db,
  sessionId: string,
  participantId: string,
  input: { clientId: string; reactionId: string },
) {
  try {
    return await mutateSession(db, sessionId, async (tx) => {
      const stored = await tx.vote.findUnique({ where: { clientId: input.clientId } });
      if (stored) {
        if (stored.voterId !== participantId) throw new KringError("bad_request");
        return;
      }
      const session = await sessionWithPhases(tx, sessionId);
      const phase = runningPhase(session);
      await presentParticipant(tx, sessionId, participantId);
      const round = await currentRound(tx, sessionId, phase);
      const reaction = await tx.reaction.findFirst({ where: { id: input.reactionId, sessionId } });
      if (!reaction) throw new KringError("not_found");
      if (reaction.visibility !== "revealed") throw new KringError("not_revealed");
      if (!round || reaction.roundId !== round.id) throw new KringError("round_closed");
      if (round.votingClosedAt) throw new KringError("voting_closed");
      const used = await tx.vote.count({ where: { voterId: participantId, reaction: { roundId: round.id } } });
      if (used >= session.voteBudget) throw new KringError("votes_spent");
      await tx.vote.create({ data: { clientId: input.clientId, voterId: participantId, reactionId: reaction.id } });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const { version } = await db.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { version: true },
    });
    return { version, value: undefined };
  }
}

export async function retractVote(db: Db, sessionId: string, participantId: string, reactionId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    await presentParticipant(tx, sessionId, participantId);
    const vote = await tx.vote.findFirst({
      where: { voterId: participantId, reactionId },
      orderBy: { createdAt: "desc" },
    });
    if (!vote) throw new KringError("not_found");
    const round = await tx.round.findFirst({
      where: { reactions: { some: { id: reactionId } } },
      select: { votingClosedAt: true },
    });
    if (round?.votingClosedAt) throw new KringError("voting_closed");
    await tx.vote.delete({ where: { id: vote.id } });
  });
}

/** A revealed reaction of the session that the case owner acts on. */
async function reactionForCaseOwner(tx: Tx, sessionId: string, participantId: string, reactionId: string) {
  const participant = await presentParticipant(tx, sessionId, participantId);
  if (participant.role !== "case_owner") throw new KringError("case_owner_only");
  const reaction = await tx.reaction.findFirst({ where: { id: reactionId, sessionId } });
  if (!reaction || reaction.visibility === "withdrawn") throw new KringError("not_found");
  if (reaction.visibility !== "revealed") throw new KringError("not_revealed");
  return reaction;
}

/** What a case owner can call usable: advice, ideas, analyses and associations. */
const USABLE_KINDS = new Set(["advice", "idea", "analysis", "association"]);

/** The case owner marks a piece of advice as usable for them (or not, or clears the mark). */
export async function markUsable(
  db: Db,
  sessionId: string,
  participantId: string,
  reactionId: string,
  usable: boolean | null,
) {
  return mutateSession(db, sessionId, async (tx) => {
    const reaction = await reactionForCaseOwner(tx, sessionId, participantId, reactionId);
    if (!USABLE_KINDS.has(reaction.kind)) throw new KringError("kind_not_allowed");
    await tx.reaction.update({ where: { id: reactionId }, data: { usable } });
  });
}

/** Socratic conversation: the case owner labels a question warm, cold or neutral (or clears it). */
export async function labelQuestion(
  db: Db,
  sessionId: string,
  participantId: string,
  reactionId: string,
  label: "warm" | "cold" | "neutral" | null,
) {
  return mutateSession(db, sessionId, async (tx) => {
    const reaction = await reactionForCaseOwner(tx, sessionId, participantId, reactionId);
    if (reaction.kind !== "question") throw new KringError("kind_not_allowed");
    await tx.reaction.update({ where: { id: reactionId }, data: { label } });
  });
}
