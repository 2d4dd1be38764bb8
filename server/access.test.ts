import { describe, expect, it } from "vitest";
import { liveRefusal, mayChangeDeck, maySeeDeck } from "./access";

describe("who may do what", () => {
  it("lets each live event through only for the connection it is meant for", () => {
    const lead = { role: "lead" as const };
    const participant = { role: "participant" as const };
    const projector = { role: "projector" as const };
    const signedIn = { id: "u1" };
    expect(liveRefusal("anyone", null, null)).toBeNull();
    expect(liveRefusal("facilitator", null, null)).toBe("unauthenticated");
    expect(liveRefusal("facilitator", signedIn, null)).toBeNull();
    expect(liveRefusal("member", signedIn, null)).toBe("forbidden");
    expect(liveRefusal("member", null, projector)).toBeNull();
    expect(liveRefusal("lead", signedIn, participant)).toBe("forbidden");
    expect(liveRefusal("lead", signedIn, lead)).toBeNull();
    expect(liveRefusal("participant", null, lead)).toBe("forbidden");
    expect(liveRefusal("participant", null, projector)).toBe("forbidden");
    expect(liveRefusal("participant", null, participant)).toBeNull();
  });

  it("shows a shipped deck to anyone and an own deck to its owner alone, who alone may change it", () => {
    const shipped = { ownerId: null };
    const own = { ownerId: "anna" };
    expect(maySeeDeck(shipped, null)).toBe(true);
    expect(maySeeDeck(own, null)).toBe(false);
    expect(maySeeDeck(own, "bram")).toBe(false);
    expect(maySeeDeck(own, "anna")).toBe(true);
    expect(mayChangeDeck(shipped, "anna")).toBe(false);
    expect(mayChangeDeck(own, "bram")).toBe(false);
    expect(mayChangeDeck(own, "anna")).toBe(true);
  });
});
