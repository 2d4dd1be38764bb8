import type { LocalizedText } from "@/lib/content/types";
import {
  postKinds as allPostKinds,
  type PhaseKind,
  type PhaseRules,
  type PostKind,
  phaseRulesSchema,
} from "@/lib/schemas/phase-rules";
import { participantsWrite } from "./reaction-rules";

/**
 * A session's phase plan as the facilitator edits it before the session starts: reorder, rename,
 * durations, rules, phases added and removed. The same rules decide on the server (which stores the
 * plan) and in the editor (which explains what is wrong before anything is sent).
 */

export const PLAN_LIMITS = {
  minPhases: 1,
  maxPhases: 20,
  title: 80,
  instruction: 1000,
  minMinutes: 1,
  maxMinutes: 180,
  methodName: 80,
} as const;

/**
 * Kinds that drive their own screens (the look-back on action points, the case pitch, the case
 * board): an existing phase of one of these kinds keeps its kind. A new one may still be added.
 */
export const fixedKinds: readonly PhaseKind[] = ["look_back", "pitch", "choose_case"];

export function isFixedKind(kind: PhaseKind): boolean {
  return fixedKinds.includes(kind);
}

/** One phase as edited: `id` names a phase of the current plan, null is a new one. */
export interface PlanPhaseDraft {
  id: string | null;
  kind: PhaseKind;
  title: LocalizedText;
  instruction: LocalizedText;
  durationMinutes: number;
  rules: unknown;
}

/** One phase as it will be stored, at its position. */
export interface PlannedPhase {
  id: string | null;
  position: number;
  kind: PhaseKind;
  title: LocalizedText;
  instruction: LocalizedText;
  durationSeconds: number;
  rules: PhaseRules;
}

export type PlanIssueCode =
  | "too_few"
  | "too_many"
  | "title_required"
  | "title_too_long"
  | "instruction_too_long"
  | "duration_range"
  | "rules_invalid"
  | "kinds_required"
  | "kind_locked"
  | "unknown_phase"
  | "duplicate_phase";

export interface PlanIssue {
  /** The phase's index in the edited list, or null for the plan as a whole. */
  index: number | null;
  field: "plan" | "id" | "kind" | "title.nl" | "title.en" | "instruction" | "duration" | "rules" | "postKinds";
  code: PlanIssueCode;
}

export type PlanResult = { ok: true; phases: PlannedPhase[] } | { ok: false; issues: PlanIssue[] };

/** Post kinds without repeats, in Kring's own order (so an edit that only reorders them changes nothing). */
function orderedKinds(kinds: readonly PostKind[]): PostKind[] {
  return allPostKinds.filter((kind) => kinds.includes(kind));
}

/**
 * Checks an edited plan against the current one and returns it ready to store (titles trimmed,
 * minutes as seconds, rules parsed and tidied, positions 0..n-1), or every issue found.
 */
export function normalisePlan(
  draft: readonly PlanPhaseDraft[],
  current: readonly { id: string; kind: PhaseKind }[],
): PlanResult {
  const issues: PlanIssue[] = [];
  if (draft.length < PLAN_LIMITS.minPhases) issues.push({ index: null, field: "plan", code: "too_few" });
  if (draft.length > PLAN_LIMITS.maxPhases) issues.push({ index: null, field: "plan", code: "too_many" });
  const currentKinds = new Map(current.map((phase) => [phase.id, phase.kind]));
  const seen = new Set<string>();
  const phases: PlannedPhase[] = [];
  draft.forEach((phase, index) => {
    if (phase.id !== null) {
      const kind = currentKinds.get(phase.id);
      if (kind === undefined) issues.push({ index, field: "id", code: "unknown_phase" });
      else if (isFixedKind(kind) && phase.kind !== kind) issues.push({ index, field: "kind", code: "kind_locked" });
      if (seen.has(phase.id)) issues.push({ index, field: "id", code: "duplicate_phase" });
      seen.add(phase.id);
    }
    const title = { nl: phase.title.nl.trim(), en: phase.title.en.trim() };
    for (const language of ["nl", "en"] as const) {
      const field = `title.${language}` as const;
      if (title[language].length === 0) issues.push({ index, field, code: "title_required" });
      else if (title[language].length > PLAN_LIMITS.title) issues.push({ index, field, code: "title_too_long" });
    }
    const instruction = { nl: phase.instruction.nl.trim(), en: phase.instruction.en.trim() };
    if (instruction.nl.length > PLAN_LIMITS.instruction || instruction.en.length > PLAN_LIMITS.instruction) {
      issues.push({ index, field: "instruction", code: "instruction_too_long" });
    }
    const minutes = phase.durationMinutes;
    if (!Number.isInteger(minutes) || minutes < PLAN_LIMITS.minMinutes || minutes > PLAN_LIMITS.maxMinutes) {
      issues.push({ index, field: "duration", code: "duration_range" });
    }
    const parsed = phaseRulesSchema.safeParse(phase.rules);
    if (!parsed.success) {
      issues.push({ index, field: "rules", code: "rules_invalid" });
      return;
    }
    const kinds = orderedKinds(parsed.data.postKinds);
    // A case is brought in under its owner's name: a phase that takes pitches is never anonymous.
    const rules: PhaseRules = {
      ...parsed.data,
      postKinds: kinds,
      anonymous: parsed.data.anonymous && !kinds.includes("pitch"),
    };
    // Where people write, they must be allowed at least one kind of post.
    if (participantsWrite(rules) && rules.postKinds.length === 0) {
      issues.push({ index, field: "postKinds", code: "kinds_required" });
    }
    phases.push({
      id: phase.id,
      position: index,
      kind: phase.kind,
      title,
      instruction,
      durationSeconds: minutes * 60,
      rules,
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, phases };
}

/** Sensible rules for a phase of `kind` that the facilitator adds; they can change them at once. */
export function defaultRulesFor(kind: PhaseKind): PhaseRules {
  const base: PhaseRules = {
    whoMayPost: "nobody",
    postKinds: [],
    quota: null,
    anonymous: false,
    hiddenUntilReveal: false,
    ownerSilent: false,
    dealsLessons: false,
    timerStartsItself: false,
  };
  switch (kind) {
    case "checkin":
      return { ...base, whoMayPost: "everyone", postKinds: ["checkin"], quota: 1 };
    case "checkout":
      return { ...base, whoMayPost: "everyone", postKinds: ["checkout"], quota: 1 };
    case "pitch":
      return { ...base, whoMayPost: "everyone", postKinds: ["pitch"], quota: 1 };
    case "clarify":
    case "questions":
      return { ...base, whoMayPost: "all_but_owner", postKinds: ["question"] };
    case "analysis":
      return { ...base, whoMayPost: "all_but_owner", postKinds: ["analysis", "association"], ownerSilent: true };
    case "advice":
      return { ...base, whoMayPost: "all_but_owner", postKinds: ["advice"], ownerSilent: true };
    case "lesson_round":
      return {
        ...base,
        whoMayPost: "everyone",
        postKinds: ["experience", "question", "idea"],
        hiddenUntilReveal: true,
        dealsLessons: true,
      };
    case "response":
      return { ...base, whoMayPost: "owner_only", postKinds: ["response"] };
    case "evaluation":
      return { ...base, whoMayPost: "everyone", postKinds: ["reflection"] };
    default:
      return base;
  }
}

/** Moves the phase at `from` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function movePhase<T>(phases: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= phases.length || to < 0 || to >= phases.length) return [...phases];
  const next = [...phases];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
