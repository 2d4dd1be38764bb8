import { describe, expect, it } from "vitest";
import { reactionTextSchema } from "./live";
import { CONTROL_CHARACTERS_MESSAGE, refusalCodeOf, safeText } from "./text";

describe("safeText", () => {
  const line = safeText().trim().min(1).max(20);
  const block = safeText({ multiline: true }).trim().max(100);

  it.each([
    ["a NUL byte", "a\u0000b"],
    ["a bell", "a\u0007b"],
    ["an escape", "\u001b[31mred"],
    ["DEL", "a\u007fb"],
    ["a C1 control", "a\u0085b"],
    ["a right-to-left override", "gpj.\u202eexe"],
    ["an isolate", "a\u2066b"],
    ["a lone surrogate", "a\ud800b"],
    ["the archive's hit marker", "a\ue000b"],
  ])("refuses %s with the translated message key, in one line and in a block", (_name, text) => {
    for (const schema of [line, block]) {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
      expect(refusalCodeOf(result.error as never)).toBe("text_control_characters");
    }
  });

  it("allows line breaks and tabs only in a block, and makes every line break a LF", () => {
    expect(block.parse("one\r\ntwo\rthree\n\tfour")).toBe("one\ntwo\nthree\n\tfour");
    expect(line.safeParse("one\ntwo").success).toBe(false);
    expect(line.safeParse("one\ttwo").success).toBe(false);
  });

  it("keeps every other character: accents, emoji, right-to-left text and marks", () => {
    const text = "Zoë 👋🏽 שלום\u200f café";
    expect(line.parse(text)).toBe(text);
  });

  it("guards the live payloads (a reaction's text)", () => {
    expect(reactionTextSchema.safeParse("fine\nreally").success).toBe(true);
    expect(reactionTextSchema.safeParse("x\u0000").error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
  });

  it("leaves other refusals as a bad request", () => {
    const result = line.safeParse("");
    expect(refusalCodeOf(result.error as never)).toBe("bad_request");
  });
});
