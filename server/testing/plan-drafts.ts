import type { PhaseView, SessionView } from "@/lib/domain/session-view";
import type { PlanUpdate } from "@/lib/schemas/live";

/** The plan as the editor sends it: every phase of the view, as it is. */
export function asDraft(phases: readonly PhaseView[]): PlanUpdate["phases"] {
  return phases.map((phase) => ({
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    instruction: phase.instruction,
    durationMinutes: phase.durationSeconds / 60,
    rules: phase.rules,
  }));
}

/** The plan as the editor sends it, with the lesson round made anonymous. */
export function withAnonymousLessonRound(view: SessionView): PlanUpdate["phases"] {
  return asDraft(view.phases).map((phase) =>
    phase.kind === "lesson_round" ? { ...phase, rules: { ...phase.rules, anonymous: true } } : phase,
  );
}
