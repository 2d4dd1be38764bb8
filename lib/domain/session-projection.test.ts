import { describe, expect, it } from "vitest";
import { projectSession } from "./session-projection";
import type { ReactionRecord, SessionRecord } from "./session-view";
import { openRound, participant, sessionRecord } from "./testing/session-record";

const reaction = (id: string, authorId: string, changes: Partial<ReactionRecord> = {}): ReactionRecord => ({
  id,
  clientId: `c-${id}`,
  roundId: "round",
  authorId,
  kind: "idea",
  text: `Tekst ${id}`,
  anonymous: true,
  visibility: "pending",
  createdAt: Number(id.replace(/\D/g, "")),
  usable: null,
  label: null,
  ...changes,
});

const people = [
  participant("anna", "Anna"),
  participant("bram", "Bram", { joinIndex: 1 }),
  participant("carla", "Carla"),
];
const marks = (record: SessionRecord) =>
  projectSession(record, { kind: "facilitator" }, new Set()).participants.map((each) => [each.id, each.submitted]);

describe("who has reacted", () => {
  it("is marked per person while an anonymous round's texts stay hidden", () => {
    const record = sessionRecord({ participants: people, reactions: [reaction("r1", "anna"), reaction("r2", "bram")] });
    expect(marks(record)).toEqual([
      ["anna", true],
      ["bram", true],
      ["carla", false],
    ]);
    expect(projectSession(record, { kind: "projector" }, new Set()).submittedCount).toBe(2);
  });

  it("is only a count once an anonymous round's texts can be read: a mark would name the author", () => {
    const shown = { visibility: "revealed" as const };
    const record = sessionRecord({
      participants: people,
      reactions: [reaction("r1", "anna", shown), reaction("r2", "bram", shown), reaction("r3", "anna", shown)],
    });
    for (const viewer of [
      { kind: "facilitator" },
      { kind: "projector" },
      { kind: "participant", participantId: "carla" },
    ] as const) {
      const view = projectSession(record, viewer, new Set());
      expect(view.participants.every((each) => !each.submitted)).toBe(true);
      expect(view.submittedCount).toBe(2);
      expect(JSON.stringify(view.reactions)).not.toMatch(/anna|Anna|bram|Bram|c-r/);
      // Ordered by their random ids, not by who posted when.
      expect(view.reactions.map((each) => each.id)).toEqual(["r1", "r2", "r3"]);
    }
  });

  it("stays marked per person when the round is not anonymous", () => {
    const record = sessionRecord({
      participants: people,
      reactions: [reaction("r1", "anna", { anonymous: false, visibility: "revealed" })],
    });
    expect(marks(record)[0]).toEqual(["anna", true]);
  });
});

describe("dot votes", () => {
  const shown = (id: string, createdAt: number): ReactionRecord => ({
    ...reaction(id, "anna", { anonymous: false, visibility: "revealed" }),
    createdAt,
  });
  const record = (votingClosed: boolean) =>
    sessionRecord({
      participants: people,
      round: openRound({ revealed: true, votingClosed }),
      reactions: [shown("r1", 1), shown("r2", 2), shown("r3", 3)],
      votes: [
        { reactionId: "r2", voterId: "bram" },
        { reactionId: "r2", voterId: "carla" },
        { reactionId: "r3", voterId: "bram" },
      ],
    });

  it("are not counted on any screen while people vote: only each voter's own show", () => {
    for (const viewer of [
      { kind: "facilitator" },
      { kind: "projector" },
      { kind: "participant", participantId: "bram" },
    ] as const) {
      const view = projectSession(record(false), viewer, new Set());
      expect(view.reactions.map((each) => [each.id, each.votes])).toEqual([
        ["r1", 0],
        ["r2", 0],
        ["r3", 0],
      ]);
    }
    const bram = projectSession(record(false), { kind: "participant", participantId: "bram" }, new Set());
    expect(bram.reactions.map((each) => each.myVotes)).toEqual([0, 1, 1]);
  });

  it("are counted once the vote is closed, the most voted first and ties in their order", () => {
    const view = projectSession(record(true), { kind: "projector" }, new Set());
    expect(view.reactions.map((each) => [each.id, each.votes])).toEqual([
      ["r2", 2],
      ["r3", 1],
      ["r1", 0],
    ]);
  });
});

describe("the round a response phase answers", () => {
  const question = (id: string, authorId: string, changes: Partial<ReactionRecord> = {}) =>
    reaction(id, authorId, { roundId: "questions", kind: "question", visibility: "revealed", ...changes });
  const record = (anonymous: boolean) =>
    sessionRecord({
      participants: [participant("olga", "Olga", { role: "case_owner" }), ...people],
      round: openRound({ id: "answers", phaseId: "p-response" }),
      reactions: [
        reaction("r9", "olga", { roundId: "answers", kind: "response", anonymous: false, visibility: "revealed" }),
      ],
      answered: {
        roundId: "questions",
        phaseId: "p-questions",
        reactions: [
          question("q3", "anna", { anonymous, label: "warm" }),
          question("q1", "bram", { anonymous, label: "cold" }),
          question("q2", "carla", { anonymous, visibility: "hidden" }),
          question("q4", "anna", { anonymous, visibility: "pending" }),
          question("q5", "bram", { anonymous, visibility: "withdrawn" }),
        ],
      },
    });

  it("is read beside the round's own reactions, with the case owner's labels, on every screen", () => {
    const view = projectSession(record(false), { kind: "projector" }, new Set());
    expect(view.reactions.map((each) => each.text)).toEqual(["Tekst r9"]);
    expect(view.answered?.phaseId).toBe("p-questions");
    expect(view.answered?.reactions.map((each) => [each.id, each.authorName, each.label])).toEqual([
      ["q1", "Bram", "cold"],
      ["q3", "Anna", "warm"],
    ]);
    // Its votes are not counted here, and it is not the round's: nothing of it in the round's counts.
    expect(view.answered?.reactions.every((each) => each.votes === 0 && each.myVotes === 0)).toBe(true);
    expect(view.pendingCount).toBe(0);
    expect(view.submittedCount).toBe(1);
    // The facilitator also reads the one they hid; nobody reads one never revealed, its author neither.
    const lead = projectSession(record(false), { kind: "facilitator" }, new Set());
    expect(lead.answered?.reactions.map((each) => each.id)).toEqual(["q1", "q2", "q3"]);
    const anna = projectSession(record(false), { kind: "participant", participantId: "anna" }, new Set());
    expect(anna.answered?.reactions.map((each) => [each.id, each.mine])).toEqual([
      ["q1", false],
      ["q3", true],
    ]);
  });

  it("never names an anonymous author to anyone else, in any field or order", () => {
    for (const viewer of [
      { kind: "facilitator" },
      { kind: "projector" },
      { kind: "participant", participantId: "olga" },
      { kind: "participant", participantId: "carla" },
    ] as const) {
      const view = projectSession(record(true), viewer, new Set());
      const { participants: _named, ...rest } = view;
      expect(JSON.stringify(rest)).not.toMatch(/anna|Anna|bram|Bram|c-q1|c-q3/);
      // By their random ids, not by who asked when; the one the lead hid, to the lead and its author.
      const readsHidden =
        viewer.kind === "facilitator" || (viewer.kind === "participant" && viewer.participantId === "carla");
      expect(view.answered?.reactions.map((each) => each.id)).toEqual(readsHidden ? ["q1", "q2", "q3"] : ["q1", "q3"]);
    }
    const anna = projectSession(record(true), { kind: "participant", participantId: "anna" }, new Set());
    expect(anna.answered?.reactions.find((each) => each.id === "q3")).toMatchObject({
      authorName: "Anna",
      mine: true,
      clientId: "c-q3",
    });
    expect(anna.answered?.reactions.find((each) => each.id === "q1")).toMatchObject({
      authorId: null,
      authorName: null,
    });
  });

  it("is none outside a response phase", () => {
    expect(projectSession(sessionRecord(), { kind: "projector" }, new Set()).answered).toBeNull();
  });
});

describe("the participation balance", () => {
  const withBalance = sessionRecord({
    participants: [participant("anna", "Anna")],
    contributions: {
      named: [{ participantId: "anna", phaseId: "p1", count: 2, lastAt: 5 }],
      anonymous: [{ phaseId: "p2", count: 3 }],
      turns: [],
    },
  });

  it("is in the lead's view alone: not on the projector, not on any participant's screen", () => {
    expect(projectSession(withBalance, { kind: "facilitator" }, new Set()).balance).toEqual(withBalance.contributions);
    for (const viewer of [{ kind: "projector" }, { kind: "participant", participantId: "anna" }] as const) {
      const view = projectSession(withBalance, viewer, new Set());
      expect(view.balance).toBeNull();
      expect(JSON.stringify(view)).not.toMatch(/lastAt|contributions/);
    }
  });
});
