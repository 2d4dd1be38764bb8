import type { TimerState } from "./timer";

/**
 * Which phase a session is in, and every move between phases. Pure: the server runs it to decide,
 * the cockpit runs it to grey out buttons; the server's answer wins.
 */
export type SessionStatus = "draft" | "lobby" | "running" | "ended";

export interface PhaseState {
  status: SessionStatus;
  /** null until the first phase starts. */
  currentPhaseIndex: number | null;
  /** Planned duration of each phase, in order. */
  phaseDurationsMs: number[];
  timer: TimerState;
}

export type PhaseCommand =
  | { type: "start" }
  | { type: "next" }
  | { type: "back" }
  | { type: "jump"; index: number }
  | { type: "end" };

export type ActorRole = "facilitator" | "participant" | "projector";

export type PhaseRefusal = "forbidden" | "session_not_started" | "session_ended" | "no_such_phase" | "conflict";

export type PhaseResult = { ok: true; state: PhaseState } | { ok: false; code: PhaseRefusal };

function enterPhase(state: PhaseState, index: number): PhaseResult {
  const durationMs = state.phaseDurationsMs[index];
  if (durationMs === undefined) return { ok: false, code: "no_such_phase" };
  return {
    ok: true,
    state: { ...state, status: "running", currentPhaseIndex: index, timer: { status: "idle", durationMs } },
  };
}

/** Decides a phase command. Only the facilitator steers; nothing moves once the session ended. */
export function transitionPhase(state: PhaseState, command: PhaseCommand, actor: ActorRole): PhaseResult {
  if (actor !== "facilitator") return { ok: false, code: "forbidden" };
  if (state.status === "ended") return { ok: false, code: "session_ended" };
  if (command.type === "end") {
    return { ok: true, state: { ...state, status: "ended", timer: { status: "idle", durationMs: 0 } } };
  }
  if (command.type === "start") {
    if (state.status === "running") return { ok: false, code: "conflict" };
    if (state.phaseDurationsMs.length === 0) return { ok: false, code: "no_such_phase" };
    return enterPhase(state, 0);
  }
  if (state.status !== "running" || state.currentPhaseIndex === null) return { ok: false, code: "session_not_started" };
  const current = state.currentPhaseIndex;
  const target = command.type === "next" ? current + 1 : command.type === "back" ? current - 1 : command.index;
  if (!Number.isInteger(target) || target < 0 || target >= state.phaseDurationsMs.length) {
    return { ok: false, code: "no_such_phase" };
  }
  if (target === current) return { ok: false, code: "conflict" };
  return enterPhase(state, target);
}

/** Whether `command` would be accepted now (for enabling buttons). */
export function canTransition(state: PhaseState, command: PhaseCommand, actor: ActorRole): boolean {
  return transitionPhase(state, command, actor).ok;
}
