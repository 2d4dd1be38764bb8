import { describe, expect, it } from "vitest";
import { type PhaseRules, phaseRulesSchema } from "@/lib/schemas/phase-rules";
import { actionPointCapRefusal, CAPS, caseCapRefusal, reactionCapRefusal, sessionItems } from "./caps";
import { planReaction, recordReaction } from "./new-reaction";
import type { ReactionRecord } from "./session-view";
import { openRound, participant, sessionRecord } from "./testing/session-record";

const validRules: PhaseRules = {
  whoMayPost: "everyone",
  postKinds: ["idea"],
  quota: 1,
  anonymous: false,
  hiddenUntilReveal: false,
  ownerSilent: false,
  dealsLessons: false,
  timerStartsItself: false,
};

describe("the live caps", () => {
  const under = { authorInRound: 0, inRound: 0, inSession: 0 };

  it("lets a reaction in under every ceiling, and refuses it at each one", () => {
    expect(reactionCapRefusal(under)).toBeNull();
    expect(reactionCapRefusal({ ...under, authorInRound: CAPS.reactionsPerPersonPerRound - 1 })).toBeNull();
    expect(reactionCapRefusal({ ...under, authorInRound: CAPS.reactionsPerPersonPerRound })).toBe("quota_reached");
    expect(reactionCapRefusal({ ...under, inRound: CAPS.reactionsPerRound })).toBe("round_full");
    expect(reactionCapRefusal({ ...under, inSession: CAPS.itemsPerSession })).toBe("session_full");
  });

  it("caps cases and action points per session, and everything a session stores", () => {
    expect(caseCapRefusal({ casesInSession: CAPS.casesPerSession - 1, inSession: 0 })).toBeNull();
    expect(caseCapRefusal({ casesInSession: CAPS.casesPerSession, inSession: 0 })).toBe("session_full");
    expect(caseCapRefusal({ casesInSession: 0, inSession: CAPS.itemsPerSession })).toBe("session_full");
    expect(actionPointCapRefusal({ actionPointsInSession: CAPS.actionPointsPerSession - 1, inSession: 0 })).toBeNull();
    expect(actionPointCapRefusal({ actionPointsInSession: CAPS.actionPointsPerSession, inSession: 0 })).toBe(
      "session_full",
    );
    expect(actionPointCapRefusal({ actionPointsInSession: 0, inSession: CAPS.itemsPerSession })).toBe("session_full");
  });

  it("keeps the ceilings above real use and every quota a phase may set", () => {
    const quotaAbove = { ...phaseRulesSchema.parse(validRules), quota: CAPS.reactionsPerPersonPerRound + 1 };
    expect(phaseRulesSchema.safeParse(quotaAbove).success).toBe(false);
    expect(CAPS.reactionsPerRound).toBeGreaterThanOrEqual(12 * 20);
    expect(CAPS.itemsPerSession).toBeGreaterThan(CAPS.reactionsPerRound);
  });
});

describe("the fast path applies the caps (new-reaction.ts)", () => {
  // A brainstorm: no quota, so only the ceiling stops one person.
  const rules: PhaseRules = {
    whoMayPost: "everyone",
    postKinds: ["idea"],
    quota: null,
    anonymous: false,
    hiddenUntilReveal: false,
    ownerSilent: false,
    dealsLessons: false,
    timerStartsItself: false,
  };
  const reaction = (index: number, authorId: string): ReactionRecord => ({
    id: `r${index}`,
    clientId: `c${index}`,
    roundId: "round",
    authorId,
    kind: "idea",
    text: "x",
    anonymous: false,
    visibility: "revealed",
    createdAt: index,
    usable: null,
    label: null,
  });
  const request = { clientId: "new", roundId: "round", kind: "idea" as const, text: "one more" };

  function record(reactions: ReactionRecord[], reactionsInSession = reactions.length) {
    return sessionRecord({
      phases: [
        {
          id: "phase",
          position: 0,
          kind: "discussion",
          title: { nl: "", en: "" },
          instruction: { nl: "", en: "" },
          durationSeconds: 600,
          rules,
        },
      ],
      participants: [participant("anna", "Anna"), participant("bram", "Bram", { joinIndex: 1 })],
      round: openRound({ phaseId: "phase" }),
      reactions,
      reactionsInSession,
    });
  }

  it("refuses a person's reaction past the per-person ceiling, even without a quota", () => {
    const mine = Array.from({ length: CAPS.reactionsPerPersonPerRound }, (_, index) => reaction(index, "anna"));
    expect(planReaction(record(mine.slice(1)), "anna", request).ok).toBe(true);
    expect(planReaction(record(mine), "anna", request).ok).toBe(false);
    expect(planReaction(record(mine), "bram", request).ok).toBe(true);
  });

  it("refuses anyone's reaction once the round is full", () => {
    const everyone = Array.from({ length: CAPS.reactionsPerRound }, (_, index) => reaction(index, `p${index}`));
    expect(planReaction(record(everyone.slice(1)), "anna", request).ok).toBe(true);
    expect(planReaction(record(everyone), "anna", request).ok).toBe(false);
  });

  it("refuses any reaction once the session stores its maximum, and counts the new one in", () => {
    expect(planReaction(record([], CAPS.itemsPerSession - 1), "anna", request).ok).toBe(true);
    expect(planReaction(record([], CAPS.itemsPerSession), "anna", request).ok).toBe(false);
    const cached = record([], 7);
    recordReaction(cached, reaction(99, "anna"), "Anna", cached.version + 1);
    expect(sessionItems(cached)).toBe(8);
  });
});
