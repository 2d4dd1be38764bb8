import { describe, expect, it } from "vitest";
import { actionOverview, bucketOf, daysLate, type OverviewPoint, ownerKeyOf, ownerOptions } from "./action-overview";
import { calendarDay } from "./due-date";

let next = 0;
function point(changes: Partial<OverviewPoint> = {}): OverviewPoint {
  next += 1;
  return {
    id: `p${String(next).padStart(3, "0")}`,
    text: `Punt ${next}`,
    status: "open",
    dueDate: null,
    ownerMemberId: null,
    ownerName: "",
    session: { id: "s1", title: "Maart", date: Date.parse("2026-03-12T09:00:00Z") },
    sourceReaction: null,
    sourceCase: null,
    createdAt: Date.parse("2026-03-12T10:00:00Z") + next,
    closedAt: null,
    ...changes,
  };
}

const texts = (points: OverviewPoint[]) => points.map((each) => each.text);

describe("bucketOf", () => {
  const today = "2026-11-27";

  it("puts an open point due before today in overdue, and one due today or later, or without a date, in open", () => {
    expect(bucketOf({ status: "open", dueDate: "2026-11-26" }, today)).toBe("overdue");
    expect(bucketOf({ status: "open", dueDate: "2026-11-27" }, today)).toBe("open");
    expect(bucketOf({ status: "open", dueDate: "2027-01-05" }, today)).toBe("open");
    expect(bucketOf({ status: "open", dueDate: null }, today)).toBe("open");
  });

  it("puts done and dropped points in done, however late they were", () => {
    expect(bucketOf({ status: "done", dueDate: "2026-01-01" }, today)).toBe("done");
    expect(bucketOf({ status: "dropped", dueDate: "2026-01-01" }, today)).toBe("done");
  });

  it("counts today in Amsterdam: late on the evening of the due date in UTC, it is already overdue there", () => {
    // 23:30 UTC on 27 November is 00:30 on 28 November in Amsterdam.
    const today = calendarDay(new Date("2026-11-27T23:30:00Z"));
    expect(bucketOf({ status: "open", dueDate: "2026-11-27" }, today)).toBe("overdue");
    const earlier = calendarDay(new Date("2026-11-27T22:30:00Z"));
    expect(bucketOf({ status: "open", dueDate: "2026-11-27" }, earlier)).toBe("open");
  });
});

describe("daysLate", () => {
  it("counts whole calendar days, across a change to winter time", () => {
    expect(daysLate("2026-11-26", "2026-11-27")).toBe(1);
    expect(daysLate("2026-10-20", "2026-11-03")).toBe(14);
  });
});

describe("ownerKeyOf", () => {
  it("names a member by id, a guest by name, and nobody as none", () => {
    expect(ownerKeyOf({ ownerMemberId: "m1", ownerName: "Anna" })).toBe("member:m1");
    expect(ownerKeyOf({ ownerMemberId: null, ownerName: " Gast Bram " })).toBe("name:Gast Bram");
    expect(ownerKeyOf({ ownerMemberId: null, ownerName: "" })).toBe("none");
  });
});

describe("actionOverview", () => {
  const today = "2026-11-27";

  it("sorts overdue and open by due date, the most urgent first and undated last; done by when it was closed", () => {
    const points = [
      point({ text: "later", dueDate: "2026-12-20" }),
      point({ text: "undated" }),
      point({ text: "soon", dueDate: "2026-11-27" }),
      point({ text: "long overdue", dueDate: "2026-10-01" }),
      point({ text: "just overdue", dueDate: "2026-11-26" }),
      point({ text: "closed first", status: "done", closedAt: Date.parse("2026-11-01T10:00:00Z") }),
      point({ text: "closed last", status: "dropped", closedAt: Date.parse("2026-11-20T10:00:00Z") }),
    ];
    const overview = actionOverview(points, today, null);
    expect(texts(overview.overdue)).toEqual(["long overdue", "just overdue"]);
    expect(texts(overview.open)).toEqual(["soon", "later", "undated"]);
    expect(texts(overview.done)).toEqual(["closed last", "closed first"]);
  });

  it("keeps points due on the same day in the order of their sessions", () => {
    const points = [
      point({ text: "from May", dueDate: "2026-12-01", session: { id: "s2", title: "Mei", date: 20 } }),
      point({ text: "from March", dueDate: "2026-12-01", session: { id: "s1", title: "Maart", date: 10 } }),
    ];
    expect(texts(actionOverview(points, today, null).open)).toEqual(["from March", "from May"]);
  });

  it("shows one owner's points only: a member under every name they had, a guest by name, or the unowned ones", () => {
    const points = [
      point({ text: "anna as participant", ownerMemberId: "m1", ownerName: "Anna" }),
      point({ text: "anna as member", ownerMemberId: "m1", ownerName: "Anna de Vries", status: "done" }),
      point({ text: "guest", ownerName: "Bram" }),
      point({ text: "nobody" }),
    ];
    const anna = actionOverview(points, today, "member:m1");
    expect(texts([...anna.open, ...anna.done])).toEqual(["anna as participant", "anna as member"]);
    expect(texts(actionOverview(points, today, "name:Bram").open)).toEqual(["guest"]);
    expect(texts(actionOverview(points, today, "none").open)).toEqual(["nobody"]);
    expect(actionOverview(points, today, "member:someone-else")).toEqual({ overdue: [], open: [], done: [] });
  });
});

describe("ownerOptions", () => {
  it("lists each owner once, by name with a member's current name, nobody last, with their open points", () => {
    const points = [
      point({ ownerMemberId: "m1", ownerName: "Anna", dueDate: "2026-01-01" }),
      point({ ownerMemberId: "m1", ownerName: "Anna de Vries", status: "done" }),
      point({ ownerMemberId: "m1", ownerName: "Anna" }),
      point({ ownerName: "bram" }),
      point({}),
      point({ ownerName: "Carla", status: "done" }),
    ];
    const options = ownerOptions(points, new Map([["m1", "Anna de Vries"]]), "2026-11-27");
    expect(options).toEqual([
      { key: "member:m1", label: "Anna de Vries", openCount: 2 },
      { key: "name:bram", label: "bram", openCount: 1 },
      { key: "name:Carla", label: "Carla", openCount: 0 },
      { key: "none", label: "", openCount: 1 },
    ]);
  });
});
