import { randomInt } from "node:crypto";
import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { currentRound, openRound, runningPhase, sessionWithPhases } from "./session-row";
import { mutateSession } from "./transaction";

function shuffle<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Starts a speaking order for the current round: everyone present, shuffled or in join order. */
export async function startTurns(db: Db, sessionId: string, order: "shuffled" | "join_order") {
  return mutateSession(db, sessionId, async (tx) => {
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    const participants = await tx.participant.findMany({
      where: { sessionId, removedAt: null },
      orderBy: { joinIndex: "asc" },
      select: { id: true },
    });
    if (participants.length === 0) throw new KringError("no_participants");
    const ids = participants.map((participant) => participant.id);
    const round = (await currentRound(tx, sessionId, phase)) ?? (await openRound(tx, sessionId, phase.id));
    await tx.round.update({
      where: { id: round.id },
      data: { turnOrder: order === "shuffled" ? shuffle(ids) : ids, turnIndex: 0, turnSkipped: [] },
    });
  });
}

/** Moves to the next speaker; `skip` marks the current one as skipped. After the last, the order is done. */
export async function advanceTurn(db: Db, sessionId: string, skip: boolean) {
  return mutateSession(db, sessionId, async (tx) => {
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    const round = await currentRound(tx, sessionId, phase);
    if (!round || round.turnIndex === null) throw new KringError("conflict");
    const speaker = round.turnOrder[round.turnIndex];
    const nextIndex = round.turnIndex + 1;
    await tx.round.update({
      where: { id: round.id },
      data: {
        turnIndex: nextIndex < round.turnOrder.length ? nextIndex : null,
        ...(skip && speaker ? { turnSkipped: [...round.turnSkipped, speaker] } : {}),
      },
    });
  });
}
