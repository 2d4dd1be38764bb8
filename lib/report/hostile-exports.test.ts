import { describe, expect, it } from "vitest";
import type { ActionPointRecord } from "@/lib/domain/intervision";
import { translator } from "@/lib/i18n/translate";
import { actionPointsCsv } from "./csv";
import { actionPointsIcs } from "./ics";
import { reportMarkdown } from "./markdown";
import type { ReportReaction, SessionReport } from "./report";

/** What a participant could type to attack whoever opens the export. */
const point = (changes: Partial<ActionPointRecord>): ActionPointRecord => ({
  id: "ap1",
  clientId: "c1",
  sessionId: "s1",
  sessionTitle: "Intervisie",
  text: "Bellen",
  ownerParticipantId: null,
  ownerMemberId: null,
  ownerName: "Anna",
  dueDate: "2026-12-15",
  status: "open",
  sourceReactionId: null,
  createdAt: 1,
  ...changes,
});

describe("the .ics export with hostile text", () => {
  const ics = actionPointsIcs(
    [
      point({
        text: "Bellen\rATTENDEE:mailto:boss@example.org\r\nEND:VEVENT\nBEGIN:VEVENT\u0000\u000bX-EVIL:1\\n",
        ownerName: "Eve\rORGANIZER:mailto:eve@example.org",
      }),
    ],
    { calendarName: "Acties\rX-WR-CALNAME:Spam", now: new Date("2026-11-27T10:00:00Z"), describe: (p) => p.ownerName },
  );
  // Read as leniently as any calendar might: every CR, LF or CRLF ends a line.
  const lines = ics.replace(/\r\n /g, "").split(/\r\n|\r|\n/);

  it("cannot add a property, an event or a control character", () => {
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(1);
    expect(lines.some((line) => /^(ATTENDEE|ORGANIZER|X-EVIL|X-WR-CALNAME:Spam)/.test(line))).toBe(false);
    expect(ics).not.toMatch(/[\0\v]/);
    // No CR or LF but the CRLFs that end (and fold) content lines.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps the text itself, escaped as RFC 5545 says", () => {
    expect(lines).toContain(
      "SUMMARY:Bellen\\nATTENDEE:mailto:boss@example.org\\nEND:VEVENT\\nBEGIN:VEVENTX-EVIL:1\\\\n",
    );
    expect(lines).toContain("DESCRIPTION:Eve\\nORGANIZER:mailto:eve@example.org");
    expect(lines).toContain("X-WR-CALNAME:Acties\\nX-WR-CALNAME:Spam");
  });
});

describe("the CSV export with hostile text", () => {
  it("never lets a field start a formula, whatever it starts with", () => {
    const csv = actionPointsCsv(
      ['=HYPERLINK("http://x")', "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1"].map((text, index) =>
        point({ id: `ap${index}`, text }),
      ),
      { text: "Actie", owner: "Eigenaar", due: "Deadline", status: "Status", session: "Sessie" },
      () => "Open",
    );
    const firstFields = csv
      .slice(1)
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split('";"')[0]);
    for (const field of firstFields) expect(field?.startsWith(`"'`)).toBe(true);
  });
});

describe("the Markdown export with hostile text", () => {
  const reaction = (id: string, text: string): ReportReaction => ({
    id,
    kind: "idea",
    text,
    author: null,
    votes: 0,
    usable: null,
    label: null,
  });
  const hostile = [
    "# Kop",
    "[klik](javascript:alert(1))",
    "<script>alert(1)</script>",
    "![beeld](http://tracker.example/x.png)",
    "eerste regel\n---\n## tweede kop\n> citaat\n1. lijst\n    code",
    "```js\nboem\n```",
    "zie www.example.org en https://example.org &amp; **vet** | cel |",
  ];
  const report: SessionReport = {
    id: "s1",
    title: "Sessie <img src=x onerror=alert(1)>",
    status: "ended",
    method: null,
    group: "# Groep",
    facilitator: "[Marieke](http://evil.example)",
    startedAt: Date.parse("2026-03-12T09:00:00Z"),
    endedAt: Date.parse("2026-03-12T10:30:00Z"),
    phases: [{ title: { nl: "Fase | x", en: "Phase | x" }, plannedMs: 60_000, spentMs: 60_000 }],
    cases: [],
    rounds: [
      {
        phase: { nl: "## Ronde", en: "## Round" },
        lesson: null,
        reactions: hostile.map((text, index) => reaction(`r${index}`, text)),
      },
    ],
    actionPoints: [point({ text: "- [x] nep\n<b>vet</b>", ownerName: "*Anna*" })],
    notes: "# Notities\n\n<iframe src=x>\n=====",
  };
  const markdown = reportMarkdown(report, "nl", translator("nl"));
  const lines = markdown.split("\n");

  it("keeps every heading, list item and table row its own: user text opens none", () => {
    expect(lines.filter((line) => /^\s*#/.test(line))).toEqual([
      "# Verslag: Sessie \\<img src=x onerror=alert(1)\\>",
      "## Samenvatting",
      "### Afspraken en notities",
      "### Actiepunten",
      "## Fasen en tijd",
      "## Gespreksstarters en reacties",
      "### \\#\\# Ronde",
      "## Actiepunten",
      "## Notities",
    ]);
    // A list item's continuation lines are indented into it and start with an escaped marker.
    for (const line of lines.filter((each) => each.startsWith("  ")))
      expect(line).toMatch(/^ {2}(\\[-#>=`<]|\d+\\\.|[a-z])/);
    expect(lines).toContain("| Fase \\| x | 1 min | 1 min |");
  });

  it("leaves no HTML tag, link, image, code span or autolink in what people wrote", () => {
    // Every <, [, !, ` and & from user text is escaped; none is left bare.
    const userPart = lines
      .slice(lines.findIndex((line) => line.startsWith("### ")))
      .map((line) => line.replace(/^- \[[ x]\] /, "- "))
      .join("\n");
    expect(userPart).not.toMatch(/(^|[^\\])[<[`&]/m);
    expect(markdown).toContain("- \\# Kop (Idee, Anoniem)");
    expect(markdown).toContain("- \\[klik\\](javascript:alert(1)) (Idee, Anoniem)");
    expect(markdown).toContain("- \\<script\\>alert(1)\\</script\\> (Idee, Anoniem)");
    expect(markdown).toContain("- \\!\\[beeld\\](http\\://tracker.example/x.png) (Idee, Anoniem)");
    expect(markdown).toContain("www\\.example.org en https\\://example.org \\&amp; \\*\\*vet\\*\\* \\| cel \\|");
    expect(markdown).toContain(
      "- [ ] \\- \\[x\\] nep\\\n  \\<b\\>vet\\</b\\> (\\*Anna\\*, uiterlijk 2026-12-15, Open)",
    ); // The summary at the top: the same text on one line, and the notes' first paragraph.
    expect(lines).toContain("- \\- \\[x\\] nep \\<b\\>vet\\</b\\> (\\*Anna\\*, uiterlijk 2026-12-15, Open)");
    expect(lines).toContain("\\# Notities");
  });

  it("keeps line breaks inside the item as hard breaks", () => {
    expect(markdown).toContain(
      "- eerste regel\\\n  \\---\\\n  \\#\\# tweede kop\\\n  \\> citaat\\\n  1\\. lijst\\\n  code (Idee, Anoniem)",
    );
    expect(markdown).toContain("\\# Notities\\\n\\\n\\<iframe src=x\\>\\\n\\=====");
  });
});
