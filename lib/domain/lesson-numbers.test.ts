import { describe, expect, it } from "vitest";
import { lessonNumber, numberLessons } from "./lesson-numbers";

describe("lesson numbers", () => {
  it("count through the whole deck in theme order, and agree with the number of a single lesson", () => {
    const themes = [{ lessons: [{ id: "a" }, { id: "b" }] }, { lessons: [] }, { lessons: [{ id: "c" }] }];
    const numbered = numberLessons(themes).flatMap((theme) => theme.lessons);
    expect(numbered).toEqual([
      { id: "a", number: 1 },
      { id: "b", number: 2 },
      { id: "c", number: 3 },
    ]);
    expect(lessonNumber(2, 0)).toBe(3);
  });
});
