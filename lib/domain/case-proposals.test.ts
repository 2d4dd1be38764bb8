import { describe, expect, it } from "vitest";
import {
  matchMember,
  mayBringIn,
  mayChangeProposal,
  normalName,
  ownerOf,
  proposalsOpen,
  seesProposals,
  settledStatus,
  takesProposals,
} from "./case-proposals";

const members = [
  { id: "m1", name: "Sanne de Vries" },
  { id: "m2", name: "Ömer Yilmaz" },
  { id: "m3", name: "Sanne Bakker" },
  { id: "m4", name: "Joost Jansen" },
];

describe("case proposals", () => {
  it("are open until the session starts", () => {
    expect(proposalsOpen("draft")).toBe(true);
    expect(proposalsOpen("lobby")).toBe(true);
    expect(proposalsOpen("running")).toBe(false);
    expect(proposalsOpen("ended")).toBe(false);
  });

  it("allow three per person and forty per session", () => {
    expect(mayBringIn({ sessionStatus: "lobby", byThisPerson: 2, inSession: 39 })).toEqual({ ok: true });
    expect(mayBringIn({ sessionStatus: "lobby", byThisPerson: 3, inSession: 3 })).toEqual({
      ok: false,
      code: "proposal_quota",
    });
    expect(mayBringIn({ sessionStatus: "lobby", byThisPerson: 0, inSession: 40 })).toEqual({
      ok: false,
      code: "proposals_full",
    });
    expect(mayBringIn({ sessionStatus: "running", byThisPerson: 0, inSession: 0 })).toEqual({
      ok: false,
      code: "proposals_closed",
    });
  });

  it("may be changed only with the key, while open and before the start", () => {
    const open = { proposalStatus: "open", sessionStatus: "lobby" } as const;
    expect(mayChangeProposal({ ...open, keyMatches: true })).toEqual({ ok: true });
    expect(mayChangeProposal({ ...open, keyMatches: false })).toEqual({ ok: false, code: "not_your_proposal" });
    expect(mayChangeProposal({ ...open, sessionStatus: "running", keyMatches: false })).toEqual({
      ok: false,
      code: "not_your_proposal",
    });
    expect(mayChangeProposal({ ...open, sessionStatus: "running", keyMatches: true })).toEqual({
      ok: false,
      code: "proposals_closed",
    });
    expect(mayChangeProposal({ ...open, proposalStatus: "withdrawn", keyMatches: true })).toEqual({
      ok: false,
      code: "proposals_closed",
    });
  });

  it("are seen live by the lead only", () => {
    expect(seesProposals({ kind: "facilitator" })).toBe(true);
    expect(seesProposals({ kind: "projector" })).toBe(false);
    expect(seesProposals({ kind: "participant", participantId: "p1" })).toBe(false);
  });

  it("match a typed name to a member without accents, case or spaces mattering", () => {
    expect(normalName("  Ömer   YILMAZ ")).toBe("omer yilmaz");
    expect(matchMember("omer yilmaz", members)?.id).toBe("m2");
    expect(matchMember("sanne de vries", members)?.id).toBe("m1");
    expect(matchMember("Joost", members)?.id).toBe("m4");
    // Two members called Sanne: the first name alone says nobody.
    expect(matchMember("Sanne", members)).toBeNull();
    expect(matchMember("Piet", members)).toBeNull();
    expect(matchMember("   ", members)).toBeNull();
  });

  it("are pitched by the author who is present, by key or as the member", () => {
    const present = [
      { id: "p1", groupMemberId: null },
      { id: "p2", groupMemberId: "m1" },
    ];
    expect(ownerOf({ participantId: "p1", groupMemberId: null }, present)?.id).toBe("p1");
    expect(ownerOf({ participantId: null, groupMemberId: "m1" }, present)?.id).toBe("p2");
    expect(ownerOf({ participantId: "gone", groupMemberId: "m1" }, present)?.id).toBe("p2");
    expect(ownerOf({ participantId: null, groupMemberId: "m4" }, present)).toBeNull();
    expect(ownerOf({ participantId: null, groupMemberId: null }, present)).toBeNull();
  });

  it("settle at the end: chosen, carried over in a group, else as they were", () => {
    expect(settledStatus({ status: "open", caseId: "c1" }, "c1", true)).toBe("chosen");
    expect(settledStatus({ status: "open", caseId: "c2" }, "c1", true)).toBe("carried_over");
    expect(settledStatus({ status: "open", caseId: null }, null, true)).toBe("carried_over");
    expect(settledStatus({ status: "open", caseId: "c2" }, "c1", false)).toBe("open");
    expect(settledStatus({ status: "withdrawn", caseId: null }, null, true)).toBe("withdrawn");
  });

  it("become pitched cases in the pitch and choose phases", () => {
    expect(takesProposals("pitch")).toBe(true);
    expect(takesProposals("choose_case")).toBe(true);
    expect(takesProposals("analysis")).toBe(false);
    expect(takesProposals(null)).toBe(false);
  });
});
