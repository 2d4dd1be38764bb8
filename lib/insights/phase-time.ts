import type { LocalizedText } from "@/lib/content/types";

/** Time per phase against the plan, for one session. */

export interface PhaseTimeInput {
  title: LocalizedText;
  plannedMs: number;
  spentMs: number;
}

export interface PhaseTimeRow extends PhaseTimeInput {
  /** More time than planned (the report's table marks the same phases). */
  over: boolean;
  /** Never opened: no time spent at all. */
  skipped: boolean;
}

export interface PhaseTimes {
  rows: PhaseTimeRow[];
  plannedMs: number;
  spentMs: number;
  /** The longest planned or spent time, for the chart's scale. */
  maxMs: number;
  /** Whether any time was spent yet (a session that has not started has none). */
  started: boolean;
}

export function phaseTimes(phases: readonly PhaseTimeInput[]): PhaseTimes {
  const rows = phases.map((phase) => ({
    ...phase,
    over: phase.spentMs > phase.plannedMs,
    skipped: phase.spentMs === 0,
  }));
  const plannedMs = rows.reduce((sum, row) => sum + row.plannedMs, 0);
  const spentMs = rows.reduce((sum, row) => sum + row.spentMs, 0);
  const maxMs = Math.max(0, ...rows.flatMap((row) => [row.plannedMs, row.spentMs]));
  return { rows, plannedMs, spentMs, maxMs, started: spentMs > 0 };
}

/**
 * Whole minutes as shown beside a bar: rounded, and "<1" for a phase that was opened for less than
 * half a minute (so it does not read as skipped).
 */
export function minuteLabel(ms: number): string {
  if (ms > 0 && ms < 30_000) return "<1";
  return String(Math.round(ms / 60_000));
}
