import { describe, expect, it } from "vitest";
import { minuteLabel, phaseTimes } from "./phase-time";

const title = (nl: string) => ({ nl, en: nl });

describe("time per phase against the plan", () => {
  it("marks phases that ran over, and phases never opened, and adds up plan and time spent", () => {
    const result = phaseTimes([
      { title: title("Check-in"), plannedMs: 600_000, spentMs: 780_000 },
      { title: title("Bespreken"), plannedMs: 1_500_000, spentMs: 1_200_000 },
      { title: title("Check-out"), plannedMs: 300_000, spentMs: 0 },
    ]);
    expect(result.rows.map((row) => [row.title.nl, row.over, row.skipped])).toEqual([
      ["Check-in", true, false],
      ["Bespreken", false, false],
      ["Check-out", false, true],
    ]);
    expect(result).toMatchObject({ plannedMs: 2_400_000, spentMs: 1_980_000, maxMs: 1_500_000, started: true });
  });

  it("scales to the longest of plan and time spent", () => {
    expect(phaseTimes([{ title: title("Advies"), plannedMs: 60_000, spentMs: 3_000_000 }]).maxMs).toBe(3_000_000);
  });

  it("knows a session that has not started", () => {
    expect(phaseTimes([{ title: title("Check-in"), plannedMs: 600_000, spentMs: 0 }]).started).toBe(false);
    expect(phaseTimes([])).toMatchObject({ rows: [], maxMs: 0, started: false });
  });

  it("shows whole minutes, and a phase opened only briefly as less than one", () => {
    expect(minuteLabel(0)).toBe("0");
    expect(minuteLabel(12_000)).toBe("<1");
    expect(minuteLabel(30_000)).toBe("1");
    expect(minuteLabel(10 * 60_000 + 29_000)).toBe("10");
  });
});
