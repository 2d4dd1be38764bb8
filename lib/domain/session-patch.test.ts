import { describe, expect, it } from "vitest";
import { contributionOf, withContribution } from "./balance";
import { type AddedReaction, applyPatch, patchesGroupOf, patchFor, patchGroup, replacesView } from "./session-patch";
import { projectSession } from "./session-projection";
import type { SessionRecord } from "./session-view";
import { participant, sessionRecord } from "./testing/session-record";

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
  usable: null,
  label: null,
};

const record: SessionRecord = sessionRecord({
  version: 7,
  participants: [participant("anna", "Anna"), participant("bram", "Bram", { joinIndex: 1 })],
  reactions: [{ ...reaction, id: "r1", clientId: "c1", authorId: "bram", text: "Van Bram", createdAt: 1 }],
});

const added: AddedReaction = {
  reaction,
  authorName: "Anna",
  pendingByAuthor: new Map([
    ["bram", 1],
    ["anna", 1],
  ]),
  authorPostsLeft: 2,
  submitters: ["anna", "bram"],
  firstOfAuthor: true,
  marksShown: true,
  phaseId: "p1",
};

/** What a patch says about people: everything but the participant list's marks (`submitters`). */
function beyondTheList(patch: object): string {
  return JSON.stringify({ ...patch, submitters: undefined });
}

describe("patches for a new reaction", () => {
  it("give the author their own reaction and others only the count, never the author", () => {
    const forBram = patchFor(added, { kind: "participant", participantId: "bram" }, 8);
    expect(forBram).toMatchObject({ version: 8, reaction: null, pendingCount: 1, submittedCount: 2 });
    expect(JSON.stringify(forBram.reaction)).toBe("null");
    const forLead = patchFor(added, { kind: "facilitator" }, 8);
    expect(forLead).toMatchObject({ reaction: null, pendingCount: 2 });
    // The author is in no field of anyone else's patch: only in the whole list of marks, beside Bram.
    for (const viewer of [
      { kind: "participant", participantId: "bram" },
      { kind: "facilitator" },
      { kind: "projector" },
    ] as const) {
      const patch = patchFor(added, viewer, 8);
      expect(beyondTheList(patch)).not.toMatch(/anna|Anna|c2/);
      expect(patch.submitters).toEqual(["anna", "bram"]);
    }
    const forAnna = patchFor(added, { kind: "participant", participantId: "anna" }, 8);
    expect(forAnna).toMatchObject({
      pendingCount: 1,
      postsLeft: 2,
      reaction: { id: "r2", mine: true, authorName: "Anna", clientId: "c2" },
    });
  });

  it("carry no marks where the list may not show them, only the count", () => {
    const revealed: AddedReaction = { ...added, marksShown: false };
    for (const viewer of [{ kind: "participant", participantId: "bram" }, { kind: "facilitator" }] as const) {
      const patch = patchFor(revealed, viewer, 8);
      expect(JSON.stringify(patch)).not.toMatch(/anna|Anna|c2/);
      expect(patch).toMatchObject({ submittedCount: 2 });
    }
  });

  it("put an anonymous reaction in its place by id, not last because it came last", () => {
    const shown = (id: string) => ({ ...reaction, id, clientId: `c-${id}`, visibility: "revealed" as const });
    const before: SessionRecord = { ...record, reactions: [shown("a1"), shown("c3")] };
    const newest = shown("b2");
    const after: SessionRecord = { ...before, version: 8, reactions: [...before.reactions, newest] };
    const viewer = { kind: "projector" } as const;
    const patch = patchFor(
      { ...added, reaction: newest, pendingByAuthor: new Map(), submitters: ["anna"], marksShown: false },
      viewer,
      8,
    );
    const patched = applyPatch(projectSession(before, viewer, new Set()), patch);
    if (!patched || patched === "stale") throw new Error("the patch should apply");
    expect(patched.reactions.map((each) => each.id)).toEqual(["a1", "b2", "c3"]);
    expect(patched).toEqual(projectSession(after, viewer, new Set()));
  });

  it("bring a view to the same state as a whole new view would", () => {
    const after: SessionRecord = {
      ...record,
      version: 8,
      reactions: [...record.reactions, reaction],
      contributions: withContribution(record.contributions, contributionOf(reaction, "p1")),
    };
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

describe("a whole view", () => {
  it("replaces an older or equal view, never a newer one a patch has already brought", () => {
    const view = projectSession(record, { kind: "participant", participantId: "anna" }, new Set());
    const patched = applyPatch(view, patchFor(added, { kind: "participant", participantId: "anna" }, 8));
    if (!patched || patched === "stale") throw new Error("the patch should apply");
    // The answer to a sync read before the reaction was stored arrives after its patch: ignored.
    expect(replacesView(patched, view)).toBe(false);
    expect(replacesView(view, patched)).toBe(true);
    expect(replacesView(view, view)).toBe(true);
    expect(replacesView(null, view)).toBe(true);
  });
});

describe("patchGroup", () => {
  const viewers = [
    { kind: "facilitator" as const },
    { kind: "projector" as const },
    { kind: "participant" as const, participantId: "anna" },
    { kind: "participant" as const, participantId: "bram" },
    { kind: "participant" as const, participantId: "chris" },
  ];
  const busy: AddedReaction = { ...added, pendingByAuthor: new Map([...added.pendingByAuthor, ["chris", 1]]) };

  it("puts viewers together only when their patches are the same", () => {
    for (const source of [added, busy]) {
      for (const a of viewers) {
        for (const b of viewers) {
          const same = patchGroup(source, a) === patchGroup(source, b);
          expect(same).toBe(JSON.stringify(patchFor(source, a, 8)) === JSON.stringify(patchFor(source, b, 8)));
        }
      }
    }
  });

  it("puts viewers together for reactions stored together only when all their patches are the same", () => {
    const byBram: AddedReaction = {
      ...added,
      reaction: { ...reaction, id: "r3", clientId: "c3", authorId: "bram", visibility: "revealed", anonymous: false },
      authorName: "Bram",
      pendingByAuthor: new Map(),
    };
    const visible: AddedReaction = { ...byBram, reaction: { ...byBram.reaction, id: "r4", authorId: "anna" } };
    for (const batch of [[added, byBram], [busy], [byBram, visible], [visible, byBram, busy]]) {
      const stored = batch.map((each, index) => ({ version: 8 + index, added: each }));
      const groupOf = patchesGroupOf(stored);
      const patches = (viewer: (typeof viewers)[number]) =>
        JSON.stringify(stored.map(({ version, added: each }) => patchFor(each, viewer, version)));
      for (const a of viewers) {
        for (const b of viewers) expect(groupOf(a) === groupOf(b)).toBe(patches(a) === patches(b));
      }
    }
  });

  it("sends one patch to everyone but the author when nothing is pending", () => {
    const visible: AddedReaction = {
      ...added,
      reaction: { ...reaction, visibility: "revealed", anonymous: false },
      pendingByAuthor: new Map(),
    };
    // The author, the lead (whose patch adds to the balance), and everyone else.
    expect(new Set(viewers.map((viewer) => patchGroup(visible, viewer))).size).toBe(3);
  });
});

describe("the balance in a patch", () => {
  it("reaches the lead alone, and an anonymous reaction without its author or time", () => {
    expect(patchFor(added, { kind: "facilitator" }, 8).contribution).toEqual({ anonymous: true, phaseId: "p1" });
    for (const viewer of [{ kind: "projector" }, { kind: "participant", participantId: "bram" }] as const) {
      expect(patchFor(added, viewer, 8)).not.toHaveProperty("contribution");
    }
    const named: AddedReaction = { ...added, reaction: { ...reaction, anonymous: false } };
    expect(patchFor(named, { kind: "facilitator" }, 8).contribution).toEqual({
      anonymous: false,
      participantId: "anna",
      phaseId: "p1",
      at: 2,
    });
  });

  it("moves the lead's balance on as a whole new view would", () => {
    const named: AddedReaction = { ...added, reaction: { ...reaction, anonymous: false } };
    const view = projectSession(record, { kind: "facilitator" }, new Set());
    const patched = applyPatch(view, patchFor(named, { kind: "facilitator" }, 8));
    if (!patched || patched === "stale") throw new Error("the patch should apply");
    expect(patched.balance?.named).toEqual([{ participantId: "anna", phaseId: "p1", count: 1, lastAt: 2 }]);
  });
});
