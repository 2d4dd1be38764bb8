import { describe, expect, it } from "vitest";
import { builtinMethods } from "@/lib/domain/methods/builtin-methods";
import { postKinds } from "@/lib/schemas/phase-rules";
import { checkPost, type ParticipantRole, roleWrites, takesAnonymousPosts } from "./reaction-rules";

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
