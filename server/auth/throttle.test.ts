import { describe, expect, it } from "vitest";
import { FailureThrottle, type ThrottleKey, throttleKeys } from "./throttle";

const rule = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 };
const key = (name: string, clearOnSuccess = true): ThrottleKey[] => [{ key: name, rule, clearOnSuccess }];

function throttleAt() {
  const clock = { now: 0 };
  return { throttle: new FailureThrottle(() => clock.now), clock };
}

describe("failed sign-in throttle", () => {
  it("lets the first failures through, then makes each attempt wait twice as long, up to the limit", () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 3; i++) {
      expect(throttle.check(key("a"))).toEqual({ allowed: true });
      throttle.fail(key("a"));
    }
    expect(throttle.check(key("a"))).toEqual({ allowed: false, retryAfterMs: 1_000 });
    clock.now += 1_000;
    expect(throttle.check(key("a"))).toEqual({ allowed: true });
    throttle.fail(key("a"));
    expect(throttle.check(key("a"))).toEqual({ allowed: false, retryAfterMs: 2_000 });
    for (let i = 0; i < 5; i++) throttle.fail(key("a"));
    expect(throttle.check(key("a"))).toEqual({ allowed: false, retryAfterMs: 8_000 });
  });

  it("keeps keys apart, forgets after a success, and forgets old failures", () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 4; i++) throttle.fail(key("a"));
    expect(throttle.check(key("a")).allowed).toBe(false);
    expect(throttle.check(key("b")).allowed).toBe(true);
    throttle.succeed(key("a"));
    expect(throttle.check(key("a")).allowed).toBe(true);
    for (let i = 0; i < 4; i++) throttle.fail(key("a"));
    clock.now += 60_001;
    expect(throttle.check(key("a")).allowed).toBe(true);
  });

  it("slows one address guessing one account after 5 failures, and an address trying many accounts after 30", () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.fail(throttleKeys("10.0.0.1", "fatima@example.org"));
    expect(throttle.check(throttleKeys("10.0.0.1", "fatima@example.org")).allowed).toBe(false);
    expect(throttle.check(throttleKeys("10.0.0.2", "fatima@example.org")).allowed).toBe(true);
    expect(throttle.check(throttleKeys("10.0.0.1", "sam@example.org")).allowed).toBe(true);

    for (let i = 0; i < 25; i++) throttle.fail(throttleKeys("10.0.0.1", `user${i}@example.org`));
    expect(throttle.check(throttleKeys("10.0.0.1", "new@example.org")).allowed).toBe(false);
    // Signing in to one's own account does not reset the address.
    throttle.succeed(throttleKeys("10.0.0.1", "own@example.org"));
    expect(throttle.check(throttleKeys("10.0.0.1", "new@example.org")).allowed).toBe(false);
  });
});
