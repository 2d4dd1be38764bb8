import { describe, expect, it } from "vitest";
import { groupTimeline, monthOf, nextMonth } from "./group-timeline";

const now = new Date("2026-05-20T10:00:00Z");

describe("a group over time, per month", () => {
  it("counts sessions held, distinct lessons and action points opened and closed, keeping empty months", () => {
    const timeline = groupTimeline(
      [
        { startedAt: new Date("2026-02-03T18:00:00Z"), lessonIds: ["l1", "l2"] },
        { startedAt: new Date("2026-02-24T18:00:00Z"), lessonIds: ["l2", "l3"] },
        { startedAt: new Date("2026-04-07T18:00:00Z"), lessonIds: ["l1"] },
      ],
      [
        { createdAt: new Date("2026-02-03T19:00:00Z"), closedAt: new Date("2026-04-07T18:10:00Z") },
        { createdAt: new Date("2026-02-24T19:00:00Z"), closedAt: null },
        { createdAt: new Date("2026-04-07T19:00:00Z"), closedAt: new Date("2026-05-01T08:00:00Z") },
      ],
      now,
    );
    expect(timeline.months).toEqual([
      { month: "2026-02", sessions: 2, lessons: 3, opened: 2, closed: 0 },
      { month: "2026-03", sessions: 0, lessons: 0, opened: 0, closed: 0 },
      { month: "2026-04", sessions: 1, lessons: 1, opened: 1, closed: 1 },
      { month: "2026-05", sessions: 0, lessons: 0, opened: 0, closed: 1 },
    ]);
    expect(timeline.totals).toEqual({ sessions: 3, lessons: 3, opened: 3, closed: 2, open: 1 });
    expect(timeline.earlier).toBe(false);
  });

  it("puts a session in the month it was held in the Netherlands, not in UTC", () => {
    // 23:30 UTC on 31 January is already 1 February in Amsterdam.
    const timeline = groupTimeline([{ startedAt: new Date("2026-01-31T23:30:00Z"), lessonIds: [] }], [], now);
    expect(timeline.months[0]).toEqual({ month: "2026-02", sessions: 1, lessons: 0, opened: 0, closed: 0 });
  });

  it("shows at most the last months up to now, and says there was more before", () => {
    const timeline = groupTimeline(
      [
        { startedAt: new Date("2024-11-10T18:00:00Z"), lessonIds: ["l9"] },
        { startedAt: new Date("2026-03-10T18:00:00Z"), lessonIds: ["l9"] },
      ],
      [],
      now,
      { maxMonths: 3 },
    );
    expect(timeline.months.map((month) => month.month)).toEqual(["2026-03", "2026-04", "2026-05"]);
    expect(timeline.earlier).toBe(true);
    expect(timeline.totals).toMatchObject({ sessions: 2, lessons: 1 });
  });

  it("has no months for a group that has not met yet", () => {
    expect(groupTimeline([], [], now)).toEqual({
      months: [],
      earlier: false,
      totals: { sessions: 0, lessons: 0, opened: 0, closed: 0, open: 0 },
    });
  });

  it("steps months across a year", () => {
    expect(nextMonth("2025-12")).toBe("2026-01");
    expect(nextMonth("2026-09")).toBe("2026-10");
    expect(monthOf(new Date("2026-07-01T00:30:00+02:00"))).toBe("2026-07");
  });
});
