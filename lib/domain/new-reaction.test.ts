import { describe, expect, it } from "vitest";
import type { PhaseRules } from "@/lib/schemas/phase-rules";
import { CAPS } from "./caps";
import { planReaction, planReactions, recordReaction } from "./new-reaction";
import type { ReactionRecord, SessionRecord } from "./session-view";
import { openRound, participant, sessionRecord } from "./testing/session-record";

const rules = (changes: Partial<PhaseRules> = {}): PhaseRules => ({
  whoMayPost: "everyone",
  postKinds: ["idea", "question"],
  quota: null,
  anonymous: false,
  hiddenUntilReveal: true,
  ownerSilent: false,
  dealsLessons: true,
  timerStartsItself: false,
  ...changes,
});

function session(phaseRules = rules(), changes: Partial<SessionRecord> = {}): SessionRecord {
  return sessionRecord({
    phases: [
      {
        id: "phase",
        position: 0,
        kind: "lesson_round",
        title: { nl: "Les", en: "Lesson" },
        instruction: { nl: "", en: "" },
        durationSeconds: 600,
        rules: phaseRules,
      },
    ],
    participants: [participant("anna", "Anna"), participant("olga", "Olga", { role: "case_owner", joinIndex: 1 })],
    round: openRound({ phaseId: "phase" }),
    ...changes,
  });
}

const roundInPhase = session().round;
const request = { clientId: "c-new", roundId: "round", kind: "idea" as const, text: "Een idee" };
const stored = (changes: Partial<ReactionRecord>): ReactionRecord => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  roundId: "round",
  authorId: "anna",
  kind: "idea",
  text: "eerder",
  anonymous: false,
  visibility: "pending",
  createdAt: 1,
  usable: null,
  label: null,
  ...changes,
});

describe("planReaction", () => {
  it("accepts a post the phase allows, hidden or visible as the phase says", () => {
    expect(planReaction(session(), "anna", request)).toEqual({
      ok: true,
      planned: { roundId: "round", anonymous: false, visibility: "pending", authorName: "Anna" },
    });
    expect(planReaction(session(rules({ hiddenUntilReveal: false })), "anna", request)).toMatchObject({
      ok: true,
      planned: { visibility: "revealed" },
    });
    expect(planReaction(session(rules({ anonymous: true })), "anna", request)).toMatchObject({
      ok: true,
      planned: { anonymous: true, visibility: "pending" },
    });
  });

  it.each([
    ["the session has not started", session(rules(), { status: "lobby", currentPhaseIndex: null }), "anna", request],
    ["the session has ended", session(rules(), { status: "ended" }), "anna", request],
    ["the author is not (or no longer) in the session", session(), "ghost", request],
    ["the round is another one", session(), "anna", { ...request, roundId: "old-round" }],
    [
      "the hidden round was revealed",
      session(rules(), { round: roundInPhase && { ...roundInPhase, revealed: true } }),
      "anna",
      request,
    ],
    ["the kind is not allowed", session(), "anna", { ...request, kind: "advice" as const }],
    ["the case owner must be silent", session(rules({ ownerSilent: true })), "olga", request],
    ["the quota is used", session(rules({ quota: 1 }), { reactions: [stored({})] }), "anna", request],
    [
      "the client id is stored already (a retry)",
      session(rules(), { reactions: [stored({ clientId: "c-new" })] }),
      "anna",
      request,
    ],
  ])("leaves it to the database to explain when %s", (_why, record, author, input) => {
    expect(planReaction(record, author, input)).toEqual({ ok: false });
  });

  it("does not count withdrawn posts towards the quota", () => {
    const record = session(rules({ quota: 1 }), { reactions: [stored({ visibility: "withdrawn" })] });
    expect(planReaction(record, "anna", request).ok).toBe(true);
  });
});

describe("planReactions", () => {
  const post = (participantId: string, clientId: string) => ({ participantId, request: { ...request, clientId } });

  it("checks each post of a batch after the ones before it", () => {
    const record = session(rules({ quota: 2 }), { reactions: [stored({ authorId: "anna" })] });
    const plans = planReactions(record, [
      post("anna", "a1"),
      post("anna", "a2"),
      post("olga", "a1"),
      post("olga", "o1"),
    ]);
    // Anna's second post of the batch is her third in the round; the same client id twice is a retry.
    expect(plans.map((plan) => plan !== null)).toEqual([true, false, false, true]);
    // Nothing is stored by planning.
    expect(record.reactions).toHaveLength(1);
  });

  it("counts the batch against the round's ceiling", () => {
    const full = Array.from({ length: CAPS.reactionsPerRound - 1 }, (_, index) =>
      stored({ authorId: index % 2 ? "olga" : "x", visibility: "revealed" }),
    );
    const record = session(rules({ hiddenUntilReveal: false }), { reactions: full });
    expect(planReactions(record, [post("anna", "a1"), post("anna", "a2")]).map((plan) => plan !== null)).toEqual([
      true,
      false,
    ]);
  });
});

describe("recordReaction", () => {
  it("adds the reaction at its version and says what the patches need", () => {
    const record = session(rules({ quota: 3 }), {
      reactions: [stored({ authorId: "olga" }), stored({ authorId: "anna", visibility: "withdrawn" })],
    });
    const reaction = stored({ id: "new", authorId: "anna" });
    const added = recordReaction(record, reaction, "Anna", 5);
    expect(record.version).toBe(5);
    expect(record.reactions.at(-1)).toBe(reaction);
    expect(added).toEqual({
      reaction,
      authorName: "Anna",
      pendingByAuthor: new Map([
        ["olga", 1],
        ["anna", 1],
      ]),
      authorPostsLeft: 2,
      submitters: ["anna", "olga"],
      firstOfAuthor: true,
      marksShown: true,
      phaseId: "phase",
    });
    // The cached record's balance moves on too: a named post, under its author.
    expect(record.contributions.named).toEqual([
      { participantId: "anna", phaseId: "phase", count: 1, lastAt: reaction.createdAt },
    ]);
  });
});

describe("the round's tally as reactions are appended", () => {
  it("gives the same answers as a record loaded with the same reactions", () => {
    const record = session(rules({ quota: 3, anonymous: true }), { reactions: [stored({ authorId: "olga" })] });
    // Counted once here; the reactions below are appended to the same list.
    expect(planReaction(record, "anna", request).ok).toBe(true);
    recordReaction(record, stored({ authorId: "anna", clientId: "c1" }), "Anna", 2);
    recordReaction(
      record,
      stored({ authorId: "anna", clientId: "c2", visibility: "revealed", anonymous: true }),
      "Anna",
      3,
    );
    const last = recordReaction(record, stored({ authorId: "anna", clientId: "c3" }), "Anna", 4);
    const loaded = session(rules({ quota: 3, anonymous: true }), { reactions: [...record.reactions] });
    const again = recordReaction(loaded, stored({ authorId: "olga", clientId: "c4" }), "Olga", 5);
    expect(last).toMatchObject({ authorPostsLeft: 0, submitters: ["anna", "olga"], marksShown: false });
    expect(again.pendingByAuthor).toEqual(
      new Map([
        ["olga", 2],
        ["anna", 2],
      ]),
    );
    // Anna's quota is used, and her client ids are taken, in the record that was appended to.
    expect(planReaction(record, "anna", { ...request, clientId: "c9" })).toEqual({ ok: false });
    expect(planReaction(record, "olga", { ...request, clientId: "c2" })).toEqual({ ok: false });
    expect(planReaction(record, "olga", { ...request, clientId: "c9" }).ok).toBe(true);
  });
});
