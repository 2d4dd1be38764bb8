import { describe, expect, it } from "vitest";
import { defaultRulesFor, movePhase, normalisePlan, PLAN_LIMITS, type PlanPhaseDraft } from "./phase-plan";

const spoken = defaultRulesFor("discussion");

function draft(overrides: Partial<PlanPhaseDraft> = {}): PlanPhaseDraft {
  return {
    id: null,
    kind: "discussion",
    title: { nl: "Bespreking", en: "Discussion" },
    instruction: { nl: "", en: "" },
    durationMinutes: 10,
    rules: spoken,
    ...overrides,
  };
}

const current = [
  { id: "p-look", kind: "look_back" as const },
  { id: "p-pitch", kind: "pitch" as const },
  { id: "p-talk", kind: "discussion" as const },
];

describe("normalisePlan", () => {
  it("returns the plan ready to store: positions 0..n-1, trimmed titles, minutes as seconds", () => {
    const result = normalisePlan(
      [
        draft({ id: "p-talk", title: { nl: "  Gesprek ", en: " Talk" }, durationMinutes: 25 }),
        draft({ id: "p-look", kind: "look_back" }),
        draft({ kind: "checkout", rules: defaultRulesFor("checkout") }),
      ],
      current,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.phases.map((phase) => [phase.id, phase.position, phase.kind, phase.durationSeconds])).toEqual([
      ["p-talk", 0, "discussion", 1500],
      ["p-look", 1, "look_back", 600],
      [null, 2, "checkout", 600],
    ]);
    expect(result.phases[0]?.title).toEqual({ nl: "Gesprek", en: "Talk" });
  });

  it("refuses an empty plan and one of more than 20 phases", () => {
    expect(normalisePlan([], current)).toEqual({
      ok: false,
      issues: [{ index: null, field: "plan", code: "too_few" }],
    });
    const many = Array.from({ length: PLAN_LIMITS.maxPhases + 1 }, () => draft());
    expect(normalisePlan(many, current)).toMatchObject({ ok: false, issues: [{ code: "too_many" }] });
    expect(normalisePlan(many.slice(1), current).ok).toBe(true);
  });

  it("wants a title of 1 to 80 characters in both languages", () => {
    const result = normalisePlan(
      [draft({ title: { nl: "   ", en: "x".repeat(81) } }), draft({ title: { nl: "x".repeat(80), en: "y" } })],
      current,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { index: 0, field: "title.nl", code: "title_required" },
        { index: 0, field: "title.en", code: "title_too_long" },
      ],
    });
  });

  it("wants a whole number of minutes from 1 to 180", () => {
    for (const minutes of [0, 181, 2.5, Number.NaN]) {
      expect(normalisePlan([draft({ durationMinutes: minutes })], current)).toMatchObject({
        ok: false,
        issues: [{ index: 0, field: "duration", code: "duration_range" }],
      });
    }
    expect(normalisePlan([draft({ durationMinutes: 1 }), draft({ durationMinutes: 180 })], current).ok).toBe(true);
  });

  it("parses the rules, puts post kinds in Kring's order without repeats, and wants a kind where people write", () => {
    const result = normalisePlan(
      [draft({ rules: { ...spoken, whoMayPost: "everyone", postKinds: ["idea", "question", "idea"], quota: 2 } })],
      current,
    );
    expect(result.ok && result.phases[0]?.rules).toMatchObject({ postKinds: ["question", "idea"], quota: 2 });
    expect(normalisePlan([draft({ rules: { ...spoken, quota: 51 } })], current)).toMatchObject({
      ok: false,
      issues: [{ field: "rules", code: "rules_invalid" }],
    });
    expect(normalisePlan([draft({ rules: { ...spoken, whoMayPost: "anyone" } })], current)).toMatchObject({
      ok: false,
      issues: [{ code: "rules_invalid" }],
    });
    expect(normalisePlan([draft({ rules: { ...spoken, whoMayPost: "everyone" } })], current)).toMatchObject({
      ok: false,
      issues: [{ index: 0, field: "postKinds", code: "kinds_required" }],
    });
  });

  it("keeps the kind of a look-back, pitch or choose-case phase; other phases may change kind", () => {
    expect(normalisePlan([draft({ id: "p-pitch", kind: "discussion" })], current)).toMatchObject({
      ok: false,
      issues: [{ index: 0, field: "kind", code: "kind_locked" }],
    });
    expect(normalisePlan([draft({ id: "p-talk", kind: "evaluation" })], current).ok).toBe(true);
  });

  it("refuses a phase id that is not in the current plan, or one used twice", () => {
    expect(normalisePlan([draft({ id: "elsewhere" })], current)).toMatchObject({
      ok: false,
      issues: [{ code: "unknown_phase" }],
    });
    expect(normalisePlan([draft({ id: "p-talk" }), draft({ id: "p-talk" })], current)).toMatchObject({
      ok: false,
      issues: [{ index: 1, code: "duplicate_phase" }],
    });
  });

  it("gives every kind default rules that pass its own checks", () => {
    for (const kind of ["checkin", "lesson_round", "advice", "response", "look_back", "choose_case"] as const) {
      expect(normalisePlan([draft({ kind, rules: defaultRulesFor(kind) })], []).ok, kind).toBe(true);
    }
  });
});

describe("movePhase", () => {
  it("moves one place up or down and leaves the ends alone", () => {
    expect(movePhase(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(movePhase(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(movePhase(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(movePhase(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});
