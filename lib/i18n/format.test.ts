import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatDayShort, localeTag, monthAxis, monthName } from "./format";

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

describe("month labels", () => {
  it("names months in Dutch and English, with the year under the first month and every January", () => {
    expect(monthAxis("nl", ["2025-11", "2025-12", "2026-01", "2026-02"])).toEqual([
      { label: "nov", sublabel: "2025" },
      { label: "dec" },
      { label: "jan", sublabel: "2026" },
      { label: "feb" },
    ]);
    expect(monthAxis("en", ["2026-03"])).toEqual([{ label: "Mar", sublabel: "2026" }]);
    expect(monthName("nl", "2026-03")).toBe("maart 2026");
    expect(monthName("en", "2026-03")).toBe("March 2026");
  });
});
