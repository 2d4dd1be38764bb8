import { describe, expect, it } from "vitest";
import { parseCookies } from "./handshake-auth";

describe("cookie header parsing", () => {
  it("reads names and decoded values, first value wins, malformed parts are skipped", () => {
    const cookies = parseCookies("a=1; b=hello%20world; a=2; broken; c=%E0%A4%A; =x");
    expect(cookies.get("a")).toBe("1");
    expect(cookies.get("b")).toBe("hello world");
    expect(cookies.has("broken")).toBe(false);
    expect(cookies.has("c")).toBe(false);
    expect(parseCookies(undefined).size).toBe(0);
  });
});
