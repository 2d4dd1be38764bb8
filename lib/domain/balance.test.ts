import { describe, expect, it } from "vitest";
import {
  balanceSummary,
  type ContributionLedger,
  contributionOf,
  EMPTY_LEDGER,
  turnsTaken,
  withContribution,
} from "./balance";

const people = [
  { id: "sanne", name: "Sanne" },
  { id: "piet", name: "Piet" },
  { id: "ayse", name: "Ayşe" },
];
const MINUTE = 60_000;

function ledgerOf(...contributions: Parameters<typeof withContribution>[1][]): ContributionLedger {
  return contributions.reduce(withContribution, EMPTY_LEDGER);
}

describe("the live participation balance", () => {
  it("gives no cue before anyone has said anything", () => {
    const summary = balanceSummary(EMPTY_LEDGER, people, "session", 0);
    expect(summary.notYetHeard).toEqual([]);
    expect(summary.rows.every((row) => row.silent && row.posts === 0 && row.minutesAgo === null)).toBe(true);
  });

  it("names who has not said anything once someone has, and drops them when they post", () => {
    const piet = ledgerOf({ anonymous: false, participantId: "piet", phaseId: "p1", at: 0 });
    expect(balanceSummary(piet, people, "session", 0).notYetHeard).toEqual(["Sanne", "Ayşe"]);
    const sanneToo = withContribution(piet, { anonymous: false, participantId: "sanne", phaseId: "p2", at: 5 });
    expect(balanceSummary(sanneToo, people, "session", 5).notYetHeard).toEqual(["Ayşe"]);
  });

  it("does not name a case owner who listens in silence by the method", () => {
    const piet = ledgerOf({ anonymous: false, participantId: "piet", phaseId: "p1", at: 0 });
    const listening = people.map((person) => ({ ...person, listening: person.id === "sanne" }));
    expect(balanceSummary(piet, listening, "session", 0).notYetHeard).toEqual(["Ayşe"]);
  });

  it("counts a turn taken as having spoken", () => {
    const ledger = { ...EMPTY_LEDGER, turns: [{ participantId: "ayse", phaseId: "p1", count: 1 }] };
    expect(balanceSummary(ledger, people, "session", 0).notYetHeard).toEqual(["Sanne", "Piet"]);
  });

  it("counts per phase or for the whole session, and says how long ago each person last contributed", () => {
    const ledger = ledgerOf(
      { anonymous: false, participantId: "piet", phaseId: "p1", at: 0 },
      { anonymous: false, participantId: "piet", phaseId: "p1", at: 2 * MINUTE },
      { anonymous: false, participantId: "piet", phaseId: "p2", at: 3 * MINUTE },
      { anonymous: false, participantId: "sanne", phaseId: "p2", at: 10 * MINUTE },
    );
    const now = 12 * MINUTE + 59_000;
    const inP1 = balanceSummary(ledger, people, { phaseId: "p1" }, now);
    expect(inP1.rows.map((row) => [row.name, row.posts])).toEqual([
      ["Sanne", 0],
      ["Piet", 2],
      ["Ayşe", 0],
    ]);
    const whole = balanceSummary(ledger, people, "session", now);
    expect(whole.rows.map((row) => [row.name, row.posts, row.minutesAgo])).toEqual([
      ["Sanne", 1, 2],
      ["Piet", 3, 9],
      ["Ayşe", 0, null],
    ]);
    // The time is over the whole session, whatever the phase shown.
    expect(inP1.rows[0]?.minutesAgo).toBe(2);
  });

  it("never counts an anonymous reaction for a person, only as a number", () => {
    const ledger = ledgerOf(
      { anonymous: false, participantId: "piet", phaseId: "p1", at: 0 },
      contributionOf({ anonymous: true, authorId: "sanne", createdAt: 7 }, "p2"),
      contributionOf({ anonymous: true, authorId: "sanne", createdAt: 8 }, "p2"),
    );
    expect(JSON.stringify(ledger)).not.toContain("sanne");
    const summary = balanceSummary(ledger, people, { phaseId: "p2" }, 10);
    expect(summary.anonymous).toBe(2);
    expect(summary.anonymousInSession).toBe(2);
    expect(summary.rows.find((row) => row.name === "Sanne")).toMatchObject({
      posts: 0,
      silent: true,
      minutesAgo: null,
    });
    expect(summary.notYetHeard).toContain("Sanne");
  });

  it("gives the same balance whoever wrote the anonymous reactions", () => {
    const base = { anonymous: false as const, participantId: "piet", phaseId: "p1", at: 0 };
    const bySanne = ledgerOf(base, contributionOf({ anonymous: true, authorId: "sanne", createdAt: 3 }, "p1"));
    const byAyse = ledgerOf(base, contributionOf({ anonymous: true, authorId: "ayse", createdAt: 9 }, "p1"));
    expect(bySanne).toEqual(byAyse);
  });

  it("leaves the ledger it was given as it was", () => {
    const ledger = ledgerOf({ anonymous: false, participantId: "piet", phaseId: "p1", at: 0 });
    const copy = structuredClone(ledger);
    withContribution(ledger, { anonymous: false, participantId: "piet", phaseId: "p1", at: 1 });
    withContribution(ledger, { anonymous: true, phaseId: "p1" });
    expect(ledger).toEqual(copy);
  });
});

describe("turns taken", () => {
  it("counts everyone whose turn came, the speaker now too, but not who was skipped", () => {
    const turns = turnsTaken([
      { phaseId: "p1", turnOrder: ["sanne", "piet", "ayse"], turnIndex: 1, turnSkipped: [] },
      { phaseId: "p2", turnOrder: ["piet", "sanne", "ayse"], turnIndex: null, turnSkipped: ["sanne"] },
      { phaseId: "p3", turnOrder: [], turnIndex: null, turnSkipped: [] },
    ]);
    expect(turns).toEqual([
      { participantId: "sanne", phaseId: "p1", count: 1 },
      { participantId: "piet", phaseId: "p1", count: 1 },
      { participantId: "piet", phaseId: "p2", count: 1 },
      { participantId: "ayse", phaseId: "p2", count: 1 },
    ]);
  });
});
