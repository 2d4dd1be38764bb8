import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";

describe("common passwords", () => {
  it("refuses listed passwords and their simple variants", () => {
    for (const password of ["password1!", "Password123", "1234567890", "qwertyuiop", "!!Welkom2026", "iloveyou12#"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("accepts passwords that are not a common word with decoration", () => {
    for (const password of ["bewoners-2026", "kascommissie rooster 7", "Tq9#x-LmZ2vw"]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });
});
