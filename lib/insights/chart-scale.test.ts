import { describe, expect, it } from "vitest";
import { axisSteps } from "./chart-scale";
import { monthAxis, monthName } from "./month-label";

describe("a chart's value axis", () => {
  it("rounds the top up to a whole step of 1, 2 or 5 times a power of ten, with at most five steps", () => {
    expect(axisSteps(0)).toEqual({ step: 1, top: 1 });
    expect(axisSteps(1)).toEqual({ step: 1, top: 1 });
    expect(axisSteps(4)).toEqual({ step: 1, top: 4 });
    expect(axisSteps(7)).toEqual({ step: 2, top: 8 });
    expect(axisSteps(11)).toEqual({ step: 5, top: 15 });
    expect(axisSteps(48)).toEqual({ step: 10, top: 50 });
    expect(axisSteps(130)).toEqual({ step: 50, top: 150 });
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
