import { describe, expect, it } from "vitest";
import { FailureThrottle } from "./throttle";

function throttleAt(start = 0) {
  const clock = { now: start };
  const throttle = new FailureThrottle({
    freeFailures: 3,
    baseDelayMs: 1_000,
    maxDelayMs: 8_000,
    windowMs: 60_000,
    now: () => clock.now,
  });
  return { throttle, clock };
}

describe("failed sign-in throttle", () => {
  it("lets the first failures through, then makes each attempt wait twice as long, up to the limit", () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 3; i++) {
      expect(throttle.check("10.0.0.1")).toEqual({ allowed: true });
      throttle.fail("10.0.0.1");
    }
    expect(throttle.check("10.0.0.1")).toEqual({ allowed: false, retryAfterMs: 1_000 });
    clock.now += 1_000;
    expect(throttle.check("10.0.0.1")).toEqual({ allowed: true });
    throttle.fail("10.0.0.1");
    expect(throttle.check("10.0.0.1")).toEqual({ allowed: false, retryAfterMs: 2_000 });
    for (let i = 0; i < 5; i++) throttle.fail("10.0.0.1");
    expect(throttle.check("10.0.0.1")).toEqual({ allowed: false, retryAfterMs: 8_000 });
  });

  it("keeps addresses apart, forgets after a success, and forgets old failures", () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 4; i++) throttle.fail("a");
    expect(throttle.check("a").allowed).toBe(false);
    expect(throttle.check("b").allowed).toBe(true);
    throttle.succeed("a");
    expect(throttle.check("a").allowed).toBe(true);
    for (let i = 0; i < 4; i++) throttle.fail("a");
    clock.now += 60_001;
    expect(throttle.check("a").allowed).toBe(true);
  });
});
