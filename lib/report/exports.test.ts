import { describe, expect, it } from "vitest";
import type { ActionPointRecord } from "@/lib/domain/intervision";
import { translator } from "@/lib/i18n/translate";
import { actionPointsCsv } from "./csv";
import { actionPointsIcs } from "./ics";
import { reportMarkdown } from "./markdown";
import type { SessionReport } from "./report";

const point = (changes: Partial<ActionPointRecord>): ActionPointRecord => ({
  id: "ap1",
  clientId: "c1",
  sessionId: "s1",
  sessionTitle: "Intervisie maart",
  text: "Bewoners bellen",
  ownerParticipantId: null,
  ownerMemberId: "m1",
  ownerName: "Anna de Vries",
  dueDate: "2026-12-15",
  status: "open",
  sourceReactionId: null,
  createdAt: 1,
  ...changes,
});

describe("actionPointsCsv", () => {
  const headings = { text: "Actie", owner: "Eigenaar", due: "Deadline", status: "Status", session: "Sessie" };
  const csv = actionPointsCsv(
    [
      point({}),
      point({ id: "ap2", text: 'Zeg "nee" tegen; de rest', ownerName: "Zoë", status: "done" }),
      point({ id: "ap3", text: "=SOM(A1)", dueDate: null }),
    ],
    headings,
    (status) => ({ open: "Open", done: "Gedaan", dropped: "Vervallen" })[status],
  );

  it("starts with a byte-order mark and uses semicolons and CRLF, as Dutch Excel expects", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe('"Actie";"Eigenaar";"Deadline";"Status";"Sessie"');
    expect(lines[1]).toBe('"Bewoners bellen";"Anna de Vries";"2026-12-15";"Open";"Intervisie maart"');
    expect(lines.at(-1)).toBe("");
  });

  it("keeps quotes, semicolons and accents inside a field, and never lets a field become a formula", () => {
    const lines = csv.slice(1).split("\r\n");
    expect(lines[2]).toBe('"Zeg ""nee"" tegen; de rest";"Zoë";"2026-12-15";"Gedaan";"Intervisie maart"');
    expect(lines[3]).toBe(`"'=SOM(A1)";"Anna de Vries";"";"Open";"Intervisie maart"`);
  });
});

describe("actionPointsIcs", () => {
  const ics = actionPointsIcs(
    [
      point({ text: "Overleg plannen, met de commissie; thuis", dueDate: "2026-12-31" }),
      point({ id: "ap2", dueDate: null }),
      point({
        id: "ap3",
        text: "Een heel lange omschrijving van wat er gebeuren moet, met ë en é, zodat de regel gevouwen wordt",
      }),
    ],
    {
      calendarName: "Actiepunten",
      now: new Date("2026-11-27T10:00:00Z"),
      describe: (p) => `${p.ownerName} · uit ${p.sessionTitle}`,
    },
  );
  const unfolded = ics.replace(/\r\n /g, "");
  const lines = unfolded.split("\r\n");

  it("has one all-day event per point with a due date, ending the next day", () => {
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines).toContain("DTSTART;VALUE=DATE:20261231");
    expect(lines).toContain("DTEND;VALUE=DATE:20270101");
    expect(lines).toContain("DTSTAMP:20261127T100000Z");
    expect(lines).toContain("UID:ap1@kring");
  });

  it("escapes commas and semicolons, and folds long lines at 75 octets without splitting a character", () => {
    expect(lines).toContain("SUMMARY:Overleg plannen\\, met de commissie\\; thuis");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded).toContain("met ë en é, zodat".replace(",", "\\,"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

describe("reportMarkdown", () => {
  const report: SessionReport = {
    id: "s1",
    title: "Intervisie maart",
    status: "ended",
    method: { nl: "Lessenronde", en: "Lessons round" },
    group: "Team Wonen",
    facilitator: "Marieke",
    startedAt: Date.parse("2026-03-12T09:00:00Z"),
    endedAt: Date.parse("2026-03-12T10:30:00Z"),
    phases: [{ title: { nl: "Check-in", en: "Check-in" }, plannedMs: 600_000, spentMs: 720_000 }],
    cases: [],
    rounds: [
      {
        phase: { nl: "Reageren op de les", en: "Reacting to the lesson" },
        lesson: { number: 3, text: { nl: "Luister eerst.", en: "Listen first." }, theme: { nl: "Thema", en: "Theme" } },
        reactions: [
          {
            id: "r1",
            kind: "idea",
            text: "Koffie met de commissie",
            author: "Anna",
            votes: 2,
            usable: null,
            label: null,
          },
          { id: "r2", kind: "experience", text: "Geheim verhaal", author: null, votes: 0, usable: null, label: null },
        ],
      },
    ],
    actionPoints: [point({ status: "done" })],
    notes: "Volgende keer: Bram.",
  };

  it("has the phases with time against the plan, the prompt, named and anonymous reactions, action points and notes", () => {
    const markdown = reportMarkdown(report, "nl", translator("nl"));
    expect(markdown).toContain("# Verslag: Intervisie maart");
    expect(markdown).toContain("| Check-in | 10 min | 12 min |");
    expect(markdown).toContain("### Les 3 · Thema");
    expect(markdown).toContain("> Luister eerst.");
    expect(markdown).toContain("- Koffie met de commissie (Idee, Anna, 2 stemmen)");
    expect(markdown).toContain("- Geheim verhaal (Ervaring, Anoniem)");
    expect(markdown).toContain("- [x] Bewoners bellen (Anna de Vries, uiterlijk 2026-12-15, Gedaan)");
    expect(markdown).toContain("Volgende keer: Bram.");
  });

  it("leads with a summary: the lessons dealt, the notes and the action points with owner and date", () => {
    const markdown = reportMarkdown(report, "nl", translator("nl"));
    const summary = markdown.slice(markdown.indexOf("## Samenvatting"), markdown.indexOf("## Fasen en tijd"));
    expect(markdown.indexOf("## Samenvatting")).toBeGreaterThan(0);
    expect(summary).toContain("### Getrokken lessen\n\n- Les 3: Luister eerst.\n");
    expect(summary).toContain("### Afspraken en notities\n\nVolgende keer: Bram.\n");
    expect(summary).toContain("### Actiepunten\n\n- Bewoners bellen (Anna de Vries, uiterlijk 2026-12-15, Gedaan)\n");
    // No reaction and no author of one: those are in the full record only.
    expect(summary).not.toContain("Koffie");
    expect(summary).not.toContain("Geheim");
  });

  it("is written in English when asked", () => {
    expect(reportMarkdown(report, "en", translator("en"))).toContain("### Lesson 3 · Theme");
  });
});
