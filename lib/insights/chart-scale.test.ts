import { describe, expect, it } from "vitest";
import { axisSteps } from "./chart-scale";

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
