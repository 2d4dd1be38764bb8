import type { MethodPhaseDefinition } from "@/lib/content/types";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";

/** A phase as a method's or a session's plan stores it (without the row's own id and position). */
export function phaseRow(phase: MethodPhaseDefinition) {
  return {
    kind: phase.kind,
    titleNl: phase.title.nl,
    titleEn: phase.title.en,
    instructionNl: phase.instruction.nl,
    instructionEn: phase.instruction.en,
    durationSeconds: phase.durationMinutes * 60,
    rules: phaseRulesSchema.parse(phase.rules),
  };
}
