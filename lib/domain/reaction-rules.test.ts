import { describe, expect, it } from "vitest";
import { rules, spokenOnly } from "@/lib/domain/methods/builtin/rules";
import { builtinMethods } from "@/lib/domain/methods/builtin-methods";
import { postKinds } from "@/lib/schemas/phase-rules";
import { answeredPhaseIndex, checkPost, type ParticipantRole, roleWrites, takesAnonymousPosts } from "./reaction-rules";

const roles: ParticipantRole[] = ["participant", "case_owner", "note_taker"];

describe("who may post what, in every phase of every built-in method", () => {
  for (const method of builtinMethods) {
    for (const phase of method.phases) {
      for (const role of roles) {
        it(`${method.key} / ${phase.kind} / ${role}`, () => {
          const { rules } = phase;
          const owner = role === "case_owner";
          for (const kind of postKinds) {
            const verdict = checkPost(rules, role, kind, 0);
            let expected: string | null = null;
            if (rules.whoMayPost === "nobody" || rules.whoMayPost === "facilitator_only") expected = "posting_closed";
            else if (owner && rules.ownerSilent) expected = "owner_silent";
            else if (owner && rules.whoMayPost === "all_but_owner") expected = "others_write";
            else if (!owner && rules.whoMayPost === "owner_only") expected = "owner_only";
            else if (!rules.postKinds.includes(kind)) expected = "kind_not_allowed";
            expect(verdict).toEqual(expected ? { ok: false, code: expected } : { ok: true });
          }
          // roleWrites says the same as checkPost for some kind the phase takes: the screen's note
          // ("Nog 2 bijdragen") shows only to those who may write.
          expect(roleWrites(rules, role)).toBe(postKinds.some((kind) => checkPost(rules, role, kind, 0).ok));
          const allowed = rules.postKinds[0];
          if (allowed && rules.quota !== null && checkPost(rules, role, allowed, 0).ok) {
            expect(checkPost(rules, role, allowed, rules.quota)).toEqual({ ok: false, code: "quota_reached" });
            expect(checkPost(rules, role, allowed, rules.quota - 1)).toEqual({ ok: true });
          }
        });
      }
    }
  }
});

describe("takesAnonymousPosts", () => {
  const base = {
    whoMayPost: "everyone" as const,
    quota: null,
    anonymous: false,
    hiddenUntilReveal: false,
    ownerSilent: false,
    dealsLessons: false,
    timerStartsItself: false,
  };
  it("lets reactions be anonymous, never pitches, and not a phase in which nobody writes", () => {
    expect(takesAnonymousPosts({ ...base, postKinds: ["idea", "question"] })).toBe(true);
    expect(takesAnonymousPosts({ ...base, postKinds: ["pitch"] })).toBe(false);
    expect(takesAnonymousPosts({ ...base, whoMayPost: "nobody", postKinds: [] })).toBe(false);
  });
});

describe("answeredPhaseIndex: the round a response phase keeps in view", () => {
  const method = (key: string) => {
    const found = builtinMethods.find((each) => each.key === key);
    if (!found) throw new Error(key);
    return found.phases;
  };
  const at = (key: string, kind: string) => method(key).findIndex((phase) => phase.kind === kind);

  it("shows the Socratic questions while the case owner labels and answers them", () => {
    const phases = method("socratisch-gesprek");
    expect(phases.map((phase) => phase.kind)).toEqual(["pitch", "questions", "response", "discussion", "evaluation"]);
    expect(phases.map((_, index) => answeredPhaseIndex(phases, index))).toEqual([null, null, 1, null, null]);
  });

  it("answers the phase right before in every built-in method's response phase, and only there", () => {
    for (const { key, phases } of builtinMethods) {
      phases.forEach((phase, index) => {
        const expected = phase.kind === "response" ? index - 1 : null;
        expect(answeredPhaseIndex(phases, index), `${key} / ${phase.kind}`).toBe(expected);
      });
    }
    // The incident method: the advice the case owner marks usable.
    expect(method("incidentmethode")[at("incidentmethode", "response") - 1]?.kind).toBe("advice");
  });

  it("answers nothing when nobody wrote before, when that was a pitch, or when the response is spoken", () => {
    const response = { kind: "response" as const, rules: rules({ whoMayPost: "owner_only", postKinds: ["response"] }) };
    const questions = {
      kind: "questions" as const,
      rules: rules({ whoMayPost: "all_but_owner", postKinds: ["question"] }),
    };
    const pitch = {
      kind: "pitch" as const,
      rules: rules({ whoMayPost: "owner_only", postKinds: ["pitch"], quota: 1 }),
    };
    const spoken = { kind: "clarify" as const, rules: spokenOnly() };
    expect(answeredPhaseIndex([questions, response], 1)).toBe(0);
    expect(answeredPhaseIndex([questions, response], null)).toBeNull();
    expect(answeredPhaseIndex([response], 0)).toBeNull();
    expect(answeredPhaseIndex([spoken, response], 1)).toBeNull();
    expect(answeredPhaseIndex([pitch, response], 1)).toBeNull();
    // A response phase in which nobody writes shows the latest round of the session as it is.
    expect(answeredPhaseIndex([questions, { kind: "response", rules: spokenOnly() }], 1)).toBeNull();
    // Only a response phase answers: a question round after another round opens a round of its own.
    expect(answeredPhaseIndex([response, questions], 1)).toBeNull();
  });
});
