import { describe, expect, it } from "vitest";
import { storedBoolean, storedRecord, storedText, storedUuid } from "./stored-values";

describe("what a screen reads back from its own storage", () => {
  it("takes what fits and ignores the rest", () => {
    expect(storedBoolean(true)).toBe(true);
    expect(storedBoolean("true")).toBeUndefined();
    expect(storedText(5)("hallo")).toBe("hallo");
    expect(storedText(5)("hallo!")).toBeUndefined();
    expect(storedText(5)(5)).toBeUndefined();
    expect(storedUuid("0b8f7c1e-2d3a-4e5f-9a6b-7c8d9e0f1a2b")).toBe("0b8f7c1e-2d3a-4e5f-9a6b-7c8d9e0f1a2b");
    expect(storedUuid("0b8f7c1e")).toBeUndefined();
  });

  it("reads a record only when every field fits, and drops fields it does not know", () => {
    const draft = storedRecord<{ text: string; done: boolean }>({ text: storedText(10), done: storedBoolean });
    expect(draft({ text: "kort", done: false, extra: "<script>" })).toEqual({ text: "kort", done: false });
    expect(draft({ text: "veel te lange tekst", done: false })).toBeUndefined();
    expect(draft({ text: "kort" })).toBeUndefined();
    expect(draft(null)).toBeUndefined();
    expect(draft(["kort", false])).toBeUndefined();
  });
});
