import { type PhaseCommand, type PhaseState, transitionPhase } from "@/lib/domain/phase-machine";
import { phaseTakesPosts } from "@/lib/domain/reaction-rules";
import { applyTimer, type TimerCommand } from "@/lib/domain/timer";
import { KringError } from "@/lib/errors";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";
import { timerFromRow, timerToRow } from "./load";
import { pitchProposals, settleProposals } from "./proposal-pitches";
import { openRound, type SessionWithPhases, sessionWithPhases } from "./session-row";
import { mutateSession, type Tx } from "./transaction";

function phaseState(session: SessionWithPhases): PhaseState {
  return {
    status: session.status,
    currentPhaseIndex: session.currentPhaseIndex,
    phaseDurationsMs: session.phases.map((phase) => phase.durationSeconds * 1000),
    timer: timerFromRow(session),
  };
}

/** Adds the time since the phase was entered to its total, when leaving it. */
async function leavePhase(tx: Tx, session: SessionWithPhases, now: Date) {
  const phase = session.currentPhaseIndex === null ? undefined : session.phases[session.currentPhaseIndex];
  if (!phase?.startedAt || session.status !== "running") return;
  await tx.sessionPhase.update({
    where: { id: phase.id },
    data: { endedAt: now, spentMs: { increment: Math.max(0, now.getTime() - phase.startedAt.getTime()) } },
  });
}

/** A phase whose rules say so starts its timer the moment it begins (the plan's per-phase setting). */
function startTimerItself(session: SessionWithPhases, next: PhaseState, now: number): PhaseState {
  if (next.status !== "running" || next.currentPhaseIndex === null) return next;
  if (next.currentPhaseIndex === session.currentPhaseIndex && session.status === "running") return next;
  const entered = session.phases[next.currentPhaseIndex];
  if (!entered || !phaseRulesSchema.parse(entered.rules).timerStartsItself) return next;
  const started = applyTimer(next.timer, { type: "start" }, now);
  return started.ok ? { ...next, timer: started.timer } : next;
}

/** start, next, back, jump, end: decided by the phase machine, then stored. */
export async function changePhase(db: Db, sessionId: string, command: PhaseCommand) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await sessionWithPhases(tx, sessionId);
    const result = transitionPhase(phaseState(session), command, "facilitator");
    if (!result.ok) throw new KringError(result.code);
    const now = new Date();
    await leavePhase(tx, session, now);
    const next = startTimerItself(session, result.state, now.getTime());
    await tx.intervisionSession.update({
      where: { id: sessionId },
      data: {
        status: next.status,
        currentPhaseIndex: next.currentPhaseIndex,
        ...timerToRow(next.timer),
        // The projector follows the phase: no spotlight from the last one, its first page.
        ...(next.currentPhaseIndex !== session.currentPhaseIndex ? { spotlightId: null, projectorPage: 0 } : {}),
        ...(command.type === "start" ? { startedAt: session.startedAt ?? now } : {}),
        ...(command.type === "end" ? { endedAt: now } : {}),
      },
    });
    // Cases brought in before the session: settled when it ends (lib/domain/case-proposals.ts).
    if (next.status === "ended") await settleProposals(tx, sessionId);
    if (next.status !== "running" || next.currentPhaseIndex === null) return;
    const entered = session.phases[next.currentPhaseIndex];
    if (!entered) return;
    await tx.sessionPhase.update({ where: { id: entered.id }, data: { startedAt: now } });
    // A phase in which people write without a dealt card gets its own round at once.
    const rules = phaseRulesSchema.parse(entered.rules);
    if (phaseTakesPosts(rules) && !rules.dealsLessons) await openRound(tx, sessionId, entered.id);
    // In the pitches, the cases brought in beforehand are pitched for their authors who are here.
    await pitchProposals(tx, sessionId);
  });
}

export async function commandTimer(db: Db, sessionId: string, command: TimerCommand) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await sessionWithPhases(tx, sessionId);
    if (session.status !== "running")
      throw new KringError(session.status === "ended" ? "session_ended" : "session_not_started");
    const phase = session.currentPhaseIndex === null ? undefined : session.phases[session.currentPhaseIndex];
    const timer = timerFromRow(session);
    const resolved =
      command.type === "reset" ? { type: "reset" as const, durationMs: (phase?.durationSeconds ?? 0) * 1000 } : command;
    const result = applyTimer(timer, resolved, Date.now());
    if (!result.ok) throw new KringError(result.code);
    await tx.intervisionSession.update({ where: { id: sessionId }, data: timerToRow(result.timer) });
  });
}
