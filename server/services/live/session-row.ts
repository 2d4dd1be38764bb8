import { phaseTakesPosts } from "@/lib/domain/reaction-rules";
import { KringError } from "@/lib/errors";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Tx } from "./transaction";

/** The locked session with its phase plan, inside a mutation. */
export async function sessionWithPhases(tx: Tx, sessionId: string) {
  const session = await tx.intervisionSession.findUnique({
    where: { id: sessionId },
    include: { phases: { orderBy: { position: "asc" } } },
  });
  if (!session) throw new KringError("not_found");
  return session;
}

export type SessionWithPhases = Awaited<ReturnType<typeof sessionWithPhases>>;

/** The running session's current phase with parsed rules; refuses when the session is not running. */
export function runningPhase(session: SessionWithPhases) {
  if (session.status === "ended") throw new KringError("session_ended");
  if (session.status !== "running" || session.currentPhaseIndex === null) throw new KringError("session_not_started");
  const phase = session.phases[session.currentPhaseIndex];
  if (!phase) throw new KringError("no_such_phase");
  return { ...phase, rules: phaseRulesSchema.parse(phase.rules) };
}

export type RunningPhase = ReturnType<typeof runningPhase>;

/** The round people are working in now (see load.ts for the same rule on the read side). */
export async function currentRound(tx: Tx, sessionId: string, phase: RunningPhase) {
  return tx.round.findFirst({
    where: { sessionId, ...(phaseTakesPosts(phase.rules) ? { phaseId: phase.id } : {}) },
    orderBy: { position: "desc" },
  });
}

/** Opens a new round in the current phase, after every earlier one. */
export async function openRound(
  tx: Tx,
  sessionId: string,
  phaseId: string,
  lesson: { id: string; number: number } | null = null,
) {
  const last = await tx.round.findFirst({
    where: { sessionId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return tx.round.create({
    data: {
      sessionId,
      phaseId,
      lessonId: lesson?.id ?? null,
      lessonNumber: lesson?.number ?? null,
      position: (last?.position ?? -1) + 1,
    },
  });
}
