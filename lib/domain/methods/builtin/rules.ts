import type { PhaseRules } from "../../../schemas/phase-rules";

/**
 * The rules of a phase: what a phase does not mention keeps the plain default
 * (no quota, not anonymous, visible at once, owner may speak, no lesson cards).
 */
export function rules(overrides: Pick<PhaseRules, "whoMayPost" | "postKinds"> & Partial<PhaseRules>): PhaseRules {
  return {
    quota: null,
    anonymous: false,
    hiddenUntilReveal: false,
    ownerSilent: false,
    dealsLessons: false,
    timerStartsItself: false,
    ...overrides,
  };
}

/** A phase in which nobody writes: people talk, the facilitator leads. */
export function spokenOnly(): PhaseRules {
  return rules({ whoMayPost: "nobody", postKinds: [] });
}
