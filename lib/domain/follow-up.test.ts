import { describe, expect, it } from "vitest";
import { withLookBack } from "./follow-up";

const plan = [{ kind: "checkin" }, { kind: "lesson_round" }];
const lookBack = { kind: "look_back" };

describe("withLookBack", () => {
  it("starts with looking back when the group has open action points", () => {
    expect(withLookBack(plan, lookBack, 2).map((phase) => phase.kind)).toEqual([
      "look_back",
      "checkin",
      "lesson_round",
    ]);
  });

  it("leaves the plan as it is when nothing is open, or when the method looks back already", () => {
    expect(withLookBack(plan, lookBack, 0)).toEqual(plan);
    const own = [{ kind: "look_back" }, { kind: "pitch" }];
    expect(withLookBack(own, lookBack, 3)).toEqual(own);
  });
});
