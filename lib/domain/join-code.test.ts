import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("uses 32 symbols with no look-alikes", () => {
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const ambiguous of "ILOU") expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it("generates 8-symbol codes from the alphabet, shown in two groups", () => {
    const codes = Array.from({ length: 200 }, () => generateJoinCode(randomBytes));
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      expect(normalizeJoinCode(formatJoinCode(code))).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("forgives how people type a code", () => {
    expect(normalizeJoinCode(" k7m2-q9xd ")).toBe("K7M2Q9XD");
    expect(normalizeJoinCode("K7M2 Q9XD")).toBe("K7M2Q9XD");
    expect(normalizeJoinCode("oIl0-abcd")).toBe("0110ABCD");
  });

  it("rejects what cannot be a code", () => {
    for (const input of ["", "K7M2", "K7M2Q9XDZ", "K7M2-Q9U!", "<script>"]) expect(normalizeJoinCode(input)).toBeNull();
  });
});
