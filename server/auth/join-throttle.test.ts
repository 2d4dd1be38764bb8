import { describe, expect, it } from "vitest";
import { countWrongGuess, JOIN_LIMITS, tryJoinCode } from "./join-throttle";

describe("the join-code limits", () => {
  const found = () => Promise.resolve({ id: "s" });
  const none = () => Promise.resolve(null);

  it("refuses every try from an address that guessed too many wrong codes, the right one too", async () => {
    for (let i = 0; i < JOIN_LIMITS.wrong.points; i++) {
      expect(await tryJoinCode("10.1.0.1", `WRONG${i}`, none)).toEqual({ ok: false, reason: "unknown" });
    }
    expect(await tryJoinCode("10.1.0.1", "RIGHTONE", found)).toMatchObject({ ok: false, reason: "throttled" });
    // Another address is not held to it; right codes do not count against an address.
    for (let i = 0; i < JOIN_LIMITS.wrong.points + 5; i++) {
      expect(await tryJoinCode("10.1.0.2", `RIGHT${i}`, found)).toEqual({ ok: true, found: { id: "s" } });
    }
  });

  it("limits the tries at one code, from any address", async () => {
    for (let i = 0; i < JOIN_LIMITS.code.points; i++) {
      expect((await tryJoinCode(`10.2.${i >> 8}.${i & 255}`, "LEAKED01", found)).ok).toBe(true);
    }
    expect(await tryJoinCode("10.3.0.1", "LEAKED01", found)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await tryJoinCode("10.3.0.1", "OTHER001", found)).ok).toBe(true);
  });

  it("lets the bring-in page's actions leave the code's own budget alone, but not an address's wrong tries", async () => {
    for (let i = 0; i < JOIN_LIMITS.code.points + 5; i++) {
      expect((await tryJoinCode(`10.4.${i >> 8}.${i & 255}`, "BRINGIN1", found, { perCode: false })).ok).toBe(true);
    }
    // The code's budget is whole: joining with it still works.
    expect((await tryJoinCode("10.5.0.1", "BRINGIN1", found)).ok).toBe(true);
    for (let i = 0; i < JOIN_LIMITS.wrong.points; i++) {
      await tryJoinCode("10.5.0.2", `WRONG${i}`, none, { perCode: false });
    }
    expect(await tryJoinCode("10.5.0.2", "BRINGIN1", found, { perCode: false })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("counts a wrong name on the bring-in page like a wrong code", async () => {
    for (let i = 0; i < JOIN_LIMITS.wrong.points; i++) await countWrongGuess("10.6.0.1");
    expect(await tryJoinCode("10.6.0.1", "RIGHTONE", found)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await tryJoinCode("10.6.0.2", "RIGHTONE", found)).ok).toBe(true);
  });
});
