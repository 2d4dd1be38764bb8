import { describe, expect, it } from "vitest";
import { hashToken, issueCredential, readCredential } from "./participant-credential";

describe("participant credentials", () => {
  const secret = "a-secret-that-is-long-enough-for-the-test";

  it("reads back what was issued, for that session only", () => {
    const { cookieValue, tokenHash } = issueCredential(secret, "session-a", "participant-1");
    expect(readCredential(secret, "session-a", cookieValue)).toEqual({ participantId: "participant-1", tokenHash });
    expect(readCredential(secret, "session-b", cookieValue)).toBeNull();
    expect(readCredential("another-secret-that-is-long-enough", "session-a", cookieValue)).toBeNull();
  });

  it("rejects tampered and malformed values, and stores no token in clear", () => {
    const { cookieValue, tokenHash } = issueCredential(secret, "s", "p1");
    const [, token] = cookieValue.split(".");
    expect(tokenHash).toBe(hashToken(token ?? ""));
    expect(tokenHash).not.toContain(token);
    expect(readCredential(secret, "s", cookieValue.replace("p1.", "p2."))).toBeNull();
    for (const bad of [undefined, "", "a.b", "a.b.c.d", `${cookieValue}x`])
      expect(readCredential(secret, "s", bad)).toBeNull();
  });
});
