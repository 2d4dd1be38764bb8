import { describe, expect, it } from "vitest";
import { localPathOr } from "./local-path";

describe("local paths for redirects", () => {
  it("keeps paths on this site and refuses other sites", () => {
    expect(localPathOr("/decks?x=1", "/")).toBe("/decks?x=1");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "",
      42,
      null,
    ]) {
      expect(localPathOr(bad, "/fallback")).toBe("/fallback");
    }
  });
});
