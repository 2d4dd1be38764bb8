import { describe, expect, it } from "vitest";
import { actionPointsIcs } from "./ics";

/** Unfolds RFC 5545 continuation lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("the session's calendar file", () => {
  const base = { calendarName: "Kring", now: new Date("2026-12-07T10:00:00Z"), describe: () => "" };

  it("carries the reminder to bring in a case, with the link in its description and URL", () => {
    const url = "https://kring.example/join/K7M2Q9XD/case";
    const ics = actionPointsIcs([], {
      ...base,
      bringIn: {
        uid: "bring-in-s1",
        day: "2026-12-07",
        url,
        summary: "Casus inbrengen: Intervisie maart, deel 2",
        description: `Heb je een casus? Breng hem vooraf in via ${url}; je kunt wijzigen.`,
      },
    });
    const lines = unfold(ics).split("\r\n");
    expect(lines).toContain(`URL:${url}`);
    expect(lines).toContain("DTSTART;VALUE=DATE:20261207");
    expect(lines).toContain("SUMMARY:Casus inbrengen: Intervisie maart\\, deel 2");
    expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toBe(
      `DESCRIPTION:Heb je een casus? Breng hem vooraf in via ${url}\\; je kunt wijzigen.`,
    );
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("has no reminder once cases can no longer be brought in", () => {
    expect(actionPointsIcs([], base)).not.toContain("URL:");
  });

  it("never lets a URL end its line", () => {
    const ics = actionPointsIcs([], {
      ...base,
      bringIn: {
        uid: "u",
        day: "2026-12-07",
        url: "https://x.example/a\r\nX-EVIL:1 b",
        summary: "s",
        description: "d",
      },
    });
    expect(ics).not.toContain("X-EVIL:1 b\r\n");
    expect(unfold(ics)).toContain("URL:https://x.example/a%0D%0AX-EVIL:1%20b");
  });
});
