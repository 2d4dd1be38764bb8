import type { LocalizedText } from "@/lib/content/types";
import type { PlanPhaseDraft } from "@/lib/domain/phase-plan";
import type { PhaseView } from "@/lib/domain/session-view";
import type { PhaseKind, PhaseRules } from "@/lib/schemas/phase-rules";

/** One phase in the editor: text fields stay text until the plan is checked. */
export interface EditorPhase {
  key: string;
  id: string | null;
  kind: PhaseKind;
  title: LocalizedText;
  instruction: LocalizedText;
  minutes: string;
  quota: string;
  rules: PhaseRules;
}

export function fromView(phases: PhaseView[]): EditorPhase[] {
  return phases.map((phase) => ({
    key: phase.id,
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    instruction: phase.instruction,
    minutes: String(Math.round(phase.durationSeconds / 60)),
    quota: phase.rules.quota === null ? "" : String(phase.rules.quota),
    rules: phase.rules,
  }));
}

export function toDraft(phases: EditorPhase[]): PlanPhaseDraft[] {
  return phases.map((phase) => ({
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    instruction: phase.instruction,
    durationMinutes: phase.minutes.trim() === "" ? Number.NaN : Number(phase.minutes),
    rules: { ...phase.rules, quota: phase.quota.trim() === "" ? null : Number(phase.quota) },
  }));
}

/** What the plan would store, to tell whether the editor differs from the live plan. */
export const fingerprint = (phases: EditorPhase[]) => JSON.stringify(toDraft(phases));

export type Notice = { tone: "ok" | "error"; text: string } | null;
