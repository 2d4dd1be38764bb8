import { describe, expect, it } from "vitest";
import { type AddedReaction, applyPatch, patchFor } from "./session-patch";
import { projectSession, type SessionRecord } from "./session-view";

const reaction = {
  id: "r2",
  clientId: "c2",
  roundId: "round",
  authorId: "anna",
  kind: "idea" as const,
  text: "Nieuw idee",
  anonymous: true,
  visibility: "pending" as const,
  createdAt: 2,
};

const record: SessionRecord = {
  id: "s",
  title: "T",
  status: "running",
  joinCode: "ABCDEFGH",
  locale: "nl",
  agreements: "",
  voteBudget: 3,
  currentPhaseIndex: 0,
  version: 7,
  timer: { status: "idle", durationMs: 1 },
  facilitatorName: "Lea",
  deck: null,
  phases: [],
  participants: [
    { id: "anna", displayName: "Anna", role: "participant", joinIndex: 0 },
    { id: "bram", displayName: "Bram", role: "participant", joinIndex: 1 },
  ],
  round: {
    id: "round",
    position: 0,
    phaseId: null,
    lesson: null,
    question: null,
    revealed: false,
    turnOrder: [],
    turnIndex: null,
    turnSkipped: [],
  },
  reactions: [{ ...reaction, id: "r1", clientId: "c1", authorId: "bram", text: "Van Bram", createdAt: 1 }],
  votes: [],
  dealtLessonIds: [],
};

const added: AddedReaction = {
  reaction,
  authorName: "Anna",
  pendingByAuthor: new Map([
    ["bram", 1],
    ["anna", 1],
  ]),
  authorPostsLeft: 2,
};

describe("patches for a new reaction", () => {
  it("give the author their own reaction and others only the count, never the author", () => {
    const forBram = patchFor(added, { kind: "participant", participantId: "bram" }, 8);
    expect(forBram).toMatchObject({ version: 8, reaction: null, pendingCount: 1, authorId: "anna" });
    expect(JSON.stringify(forBram.reaction)).toBe("null");
    const forLead = patchFor(added, { kind: "facilitator" }, 8);
    expect(forLead).toMatchObject({ reaction: null, pendingCount: 2 });
    const forAnna = patchFor(added, { kind: "participant", participantId: "anna" }, 8);
    expect(forAnna).toMatchObject({
      pendingCount: 1,
      postsLeft: 2,
      reaction: { id: "r2", mine: true, authorName: "Anna", clientId: "c2" },
    });
  });

  it("bring a view to the same state as a whole new view would", () => {
    const after: SessionRecord = { ...record, version: 8, reactions: [...record.reactions, reaction] };
    for (const viewer of [
      { kind: "participant", participantId: "anna" },
      { kind: "participant", participantId: "bram" },
      { kind: "facilitator" },
    ] as const) {
      const before = projectSession(record, viewer, new Set());
      const patched = applyPatch(before, patchFor(added, viewer, 8));
      const whole = projectSession(after, viewer, new Set());
      if (!patched || patched === "stale") throw new Error("the patch should apply");
      // Posts left come from the phase's quota, which this record has no phase for.
      expect({ ...patched, me: null }).toEqual({ ...whole, me: null });
    }
  });

  it("are ignored when old, and refused when a version is missing (the client then resyncs)", () => {
    const view = projectSession(record, { kind: "facilitator" }, new Set());
    expect(applyPatch(view, patchFor(added, { kind: "facilitator" }, 7))).toBe("stale");
    expect(applyPatch(view, patchFor(added, { kind: "facilitator" }, 9))).toBeNull();
  });
});
