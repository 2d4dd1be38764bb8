import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatDayShort, localeTag } from "./format";

describe("dates as people read them", () => {
  it("writes a date in Dutch and in English", () => {
    const march = Date.UTC(2026, 2, 3, 12);
    expect(formatDate("nl", march)).toBe("3 maart 2026");
    expect(formatDate("en", new Date(march))).toBe("3 March 2026");
  });

  it("reads a stored calendar day as that day, whatever the clock's time zone", () => {
    expect(formatDay("nl", "2026-12-31")).toBe("31 december 2026");
    expect(formatDay("en", "2027-01-01")).toBe("1 January 2027");
    expect(formatDayShort("nl", "2026-03-03")).toBe("3 maart");
    expect(formatDayShort("en", "2026-03-03")).toBe("3 March");
  });

  it("names the language as the browser and the PDF expect it", () => {
    expect(localeTag("nl")).toBe("nl-NL");
    expect(localeTag("en")).toBe("en-GB");
  });
});
