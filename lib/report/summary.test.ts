import { describe, expect, it } from "vitest";
import type { ActionPointRecord } from "@/lib/domain/intervision";
import type { ReportRound, SessionReport } from "./report";
import { notesExcerpt, reportSummary, summaryIsEmpty } from "./summary";

const point = (changes: Partial<ActionPointRecord>): ActionPointRecord => ({
  id: "ap1",
  clientId: "c1",
  sessionId: "s1",
  sessionTitle: "Intervisie maart",
  text: "Bewoners bellen",
  ownerParticipantId: "p1",
  ownerMemberId: null,
  ownerName: "Anna",
  dueDate: "2026-12-15",
  status: "open",
  sourceReactionId: null,
  createdAt: 1,
  ...changes,
});

const lesson = (number: number, nl: string) => ({
  number,
  text: { nl, en: `${nl} (en)` },
  theme: { nl: "Leg verbindingen", en: "Make connections" },
});

const round = (changes: Partial<ReportRound>): ReportRound => ({
  phase: { nl: "Reageren op de les", en: "Reacting to the lesson" },
  lesson: null,
  reactions: [],
  ...changes,
});

const report = (changes: Partial<SessionReport>): SessionReport => ({
  id: "s1",
  title: "Intervisie maart",
  status: "ended",
  method: null,
  group: null,
  facilitator: "Marieke",
  startedAt: null,
  endedAt: null,
  phases: [],
  cases: [],
  rounds: [],
  actionPoints: [],
  notes: "",
  ...changes,
});

describe("reportSummary", () => {
  it("leads with the chosen case and its owner, never a case that was pitched or set aside", () => {
    const summary = reportSummary(
      report({
        cases: [
          {
            id: "c1",
            title: "Lege zaal",
            question: "Hoe krijg ik ze binnen?",
            owner: "Bram",
            status: "pitched",
            votes: 1,
          },
          { id: "c2", title: "Stille commissie", question: "Wat doe ik?", owner: "Carla", status: "chosen", votes: 3 },
          { id: "c3", title: "Te laat", question: "Nu nog?", owner: "Dirk", status: "set_aside", votes: 0 },
        ],
      }),
    );
    expect(summary.case).toEqual({ id: "c2", title: "Stille commissie", question: "Wat doe ik?", owner: "Carla" });
    expect(reportSummary(report({})).case).toBeNull();
  });

  it("lists each dealt lesson once, in the order it was first dealt, and skips rounds without one", () => {
    const summary = reportSummary(
      report({
        rounds: [
          round({ phase: { nl: "Check-in", en: "Check-in" } }),
          round({ lesson: lesson(7, "Ga langs") }),
          round({ lesson: lesson(2, "Luister eerst") }),
          round({ lesson: lesson(7, "Ga langs") }),
        ],
      }),
    );
    expect(summary.lessons.map((each) => [each.number, each.text.nl])).toEqual([
      [7, "Ga langs"],
      [2, "Luister eerst"],
    ]);
    expect(summary.lessons[0]?.theme.en).toBe("Make connections");
  });

  it("puts open action points first, soonest due first and undated last, then done, then dropped", () => {
    const summary = reportSummary(
      report({
        actionPoints: [
          point({ id: "dropped", status: "dropped", dueDate: "2026-01-01" }),
          point({ id: "undated", dueDate: null, ownerName: "" }),
          point({ id: "done", status: "done", dueDate: "2026-02-01" }),
          point({ id: "later", dueDate: "2026-12-31" }),
          point({ id: "soon", dueDate: "2026-04-01" }),
          point({ id: "soon-too", dueDate: "2026-04-01" }),
        ],
      }),
    );
    expect(summary.actionPoints.map((each) => each.id)).toEqual([
      "soon",
      "soon-too",
      "later",
      "undated",
      "done",
      "dropped",
    ]);
    expect(summary.actionPoints[0]).toEqual({
      id: "soon",
      text: "Bewoners bellen",
      owner: "Anna",
      dueDate: "2026-04-01",
      status: "open",
    });
    expect(summary.actionPoints[3]?.owner).toBe("");
  });

  it("takes nothing from the reactions: no author, no reaction an action point came from", () => {
    const summary = reportSummary(
      report({
        rounds: [
          round({
            lesson: lesson(1, "Begin klein"),
            reactions: [
              { id: "r-named", kind: "idea", text: "Koffie", author: "Eva", votes: 0, usable: true, label: null },
              { id: "r-anon", kind: "experience", text: "Geheim", author: null, votes: 2, usable: true, label: null },
            ],
          }),
        ],
        actionPoints: [point({ sourceReactionId: "r-anon", ownerParticipantId: "p9", ownerName: "Frits" })],
      }),
    );
    const text = JSON.stringify(summary);
    for (const word of ["r-anon", "r-named", "Eva", "Geheim", "Koffie", "p9", "sourceReactionId", "author"]) {
      expect(text).not.toContain(word);
    }
    // The owner of the action point is in it, as in the report itself.
    expect(summary.actionPoints[0]?.owner).toBe("Frits");
  });

  it("is empty when nothing was recorded", () => {
    expect(summaryIsEmpty(reportSummary(report({ rounds: [round({})], notes: " \n " })))).toBe(true);
    expect(summaryIsEmpty(reportSummary(report({ notes: "Besluit: we gaan door." })))).toBe(false);
  });
});

describe("notesExcerpt", () => {
  it("is the first paragraph on one line, saying whether more follows", () => {
    expect(notesExcerpt("")).toBeNull();
    expect(notesExcerpt("\n  \n")).toBeNull();
    expect(notesExcerpt("Besluit: maandelijks.\nBram belt.")).toEqual({
      excerpt: "Besluit: maandelijks. Bram belt.",
      more: false,
    });
    expect(notesExcerpt("Besluit: maandelijks.\r\n\r\nVerder nog:\n- koffie")).toEqual({
      excerpt: "Besluit: maandelijks.",
      more: true,
    });
  });

  it("cuts a long paragraph at a word and marks the cut", () => {
    const long = `${"woord ".repeat(30)}einde`;
    const cut = notesExcerpt(long, 40);
    expect(cut?.more).toBe(true);
    expect(cut?.excerpt).toBe(`${"woord ".repeat(6).trim()}…`);
    expect(Array.from(cut?.excerpt ?? "").length).toBeLessThanOrEqual(41);
    // One long word is cut inside it rather than left out.
    expect(notesExcerpt("x".repeat(50), 10)?.excerpt).toBe(`${"x".repeat(10)}…`);
  });
});
