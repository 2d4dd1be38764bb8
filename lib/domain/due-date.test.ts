import { describe, expect, it } from "vitest";
import { calendarDay, isInThePast, isOverdue } from "./due-date";

describe("due dates", () => {
  it("counts days in Amsterdam, where an evening in UTC may already be tomorrow", () => {
    expect(calendarDay(new Date("2026-11-27T22:30:00Z"))).toBe("2026-11-27");
    expect(calendarDay(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(calendarDay(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
  });

  it("refuses yesterday and accepts today and later", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(isInThePast("2026-11-26", now)).toBe(true);
    expect(isInThePast("2026-11-27", now)).toBe(false);
    expect(isInThePast("2027-01-05", now)).toBe(false);
  });

  it("calls only open points overdue", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(isOverdue({ status: "open", dueDate: "2026-11-20" }, now)).toBe(true);
    expect(isOverdue({ status: "done", dueDate: "2026-11-20" }, now)).toBe(false);
    expect(isOverdue({ status: "open", dueDate: null }, now)).toBe(false);
  });
});
