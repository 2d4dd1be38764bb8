import { randomInt } from "node:crypto";
import { lessonNumber } from "@/lib/domain/lesson-numbers";
import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { currentRound, openRound, runningPhase, sessionWithPhases } from "./session-row";
import { mutateSession } from "./transaction";

/** Deals a lesson card as the prompt of a new round: the chosen one, or a random one not dealt yet. */
export async function dealCard(db: Db, sessionId: string, choice: { lessonId: string } | { random: true }) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await sessionWithPhases(tx, sessionId);
    const phase = runningPhase(session);
    if (!session.deckId) throw new KringError("no_deck");
    let lessonId: string;
    if ("lessonId" in choice) {
      const lesson = await tx.lesson.findFirst({ where: { id: choice.lessonId, theme: { deckId: session.deckId } } });
      if (!lesson) throw new KringError("not_found");
      lessonId = lesson.id;
    } else {
      const dealt = await tx.round.findMany({
        where: { sessionId, lessonId: { not: null } },
        select: { lessonId: true },
      });
      const left = await tx.lesson.findMany({
        where: { theme: { deckId: session.deckId }, id: { notIn: dealt.flatMap((round) => round.lessonId ?? []) } },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const drawn = left[left.length > 0 ? randomInt(left.length) : 0];
      if (!drawn) throw new KringError("deck_exhausted");
      lessonId = drawn.id;
    }
    // The number it has in the deck now: reports keep it if the deck is reordered later.
    const { position, theme } = await tx.lesson.findUniqueOrThrow({
      where: { id: lessonId },
      select: { position: true, theme: { select: { position: true } } },
    });
    const lessonsBefore = await tx.lesson.count({
      where: { theme: { deckId: session.deckId, position: { lt: theme.position } } },
    });
    const round = await openRound(tx, sessionId, phase.id, {
      id: lessonId,
      number: lessonNumber(lessonsBefore, position),
    });
    return { roundId: round.id };
  });
}

/** Shows every reaction of the current round that was hidden until now. */
export async function revealRound(db: Db, sessionId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    const round = await currentRound(tx, sessionId, phase);
    if (!round) throw new KringError("no_round");
    if (round.revealedAt) throw new KringError("already_revealed");
    const now = new Date();
    await tx.round.update({ where: { id: round.id }, data: { revealedAt: now } });
    await tx.reaction.updateMany({
      where: { roundId: round.id, visibility: "pending" },
      data: { visibility: "revealed", revealedAt: now },
    });
  });
}

/** The facilitator hides a revealed reaction from view, or shows it again. */
export async function setReactionHidden(db: Db, sessionId: string, reactionId: string, hidden: boolean) {
  return mutateSession(db, sessionId, async (tx) => {
    const reaction = await tx.reaction.findFirst({ where: { id: reactionId, sessionId } });
    if (!reaction) throw new KringError("not_found");
    const from = hidden ? "revealed" : "hidden";
    if (reaction.visibility !== from) throw new KringError("conflict");
    await tx.reaction.update({ where: { id: reactionId }, data: { visibility: hidden ? "hidden" : "revealed" } });
  });
}

/**
 * The lead closes the current round's dot vote (counts are shown from then on, most voted first),
 * or opens it again.
 */
export async function setVoting(db: Db, sessionId: string, closed: boolean) {
  return mutateSession(db, sessionId, async (tx) => {
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    const round = await currentRound(tx, sessionId, phase);
    if (!round) throw new KringError("no_round");
    await tx.round.update({ where: { id: round.id }, data: { votingClosedAt: closed ? new Date() : null } });
  });
}
