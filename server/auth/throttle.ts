/**
 * Slows down repeated failed sign-ins. The first few failures are free; after that each attempt
 * must wait twice as long as the one before (up to a limit). Kept in memory: one process serves
 * Kring, and a restart forgetting is harmless.
 */
export interface ThrottleRule {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** A key and the rule it is held to, e.g. one address, or one address guessing one account. */
export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
  /** Whether a successful attempt clears this key's failures. */
  clearOnSuccess: boolean;
}

interface Entry {
  failures: number;
  lastFailureAt: number;
}

export class FailureThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Allowed only when every key is; otherwise the longest wait. */
  check(keys: ThrottleKey[]): ThrottleVerdict {
    let wait = 0;
    for (const { key, rule } of keys) {
      const entry = this.current(key, rule);
      if (!entry || entry.failures < rule.freeFailures) continue;
      const delay = Math.min(rule.baseDelayMs * 2 ** (entry.failures - rule.freeFailures), rule.maxDelayMs);
      wait = Math.max(wait, entry.lastFailureAt + delay - this.now());
    }
    return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
  }

  fail(keys: ThrottleKey[]): void {
    for (const { key, rule } of keys) {
      const entry = this.current(key, rule) ?? { failures: 0, lastFailureAt: 0 };
      this.entries.set(key, { failures: entry.failures + 1, lastFailureAt: this.now() });
    }
    if (this.entries.size > 10_000) this.forgetOldest();
  }

  succeed(keys: ThrottleKey[]): void {
    for (const { key, clearOnSuccess } of keys) if (clearOnSuccess) this.entries.delete(key);
  }

  private current(key: string, rule: ThrottleRule): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailureAt > rule.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Bounds memory under a flood of distinct keys: drops the half that failed longest ago. */
  private forgetOldest() {
    const sorted = [...this.entries].sort((a, b) => a[1].lastFailureAt - b[1].lastFailureAt);
    for (const [key] of sorted.slice(0, sorted.length / 2)) this.entries.delete(key);
  }
}

const minute = 60_000;
/** One address guessing one account's password: strict. */
export const ACCOUNT_RULE: ThrottleRule = {
  freeFailures: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * minute,
  windowMs: 30 * minute,
};
/** One address trying many accounts: looser, since colleagues may share an office address. */
export const ADDRESS_RULE: ThrottleRule = {
  freeFailures: 30,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * minute,
  windowMs: 30 * minute,
};

export function throttleKeys(address: string, email: string): ThrottleKey[] {
  return [
    { key: `account:${address}:${email}`, rule: ACCOUNT_RULE, clearOnSuccess: true },
    // Not cleared by a success: signing in to one's own account must not reset a spraying address.
    { key: `address:${address}`, rule: ADDRESS_RULE, clearOnSuccess: false },
  ];
}

interface ThrottleGlobal {
  kringSignInThrottle?: FailureThrottle;
}

/** The process-wide throttle for failed sign-ins (shared by the custom server and Next); join codes: join-throttle.ts. */
export function failureThrottle(): FailureThrottle {
  const holder = globalThis as ThrottleGlobal;
  holder.kringSignInThrottle ??= new FailureThrottle();
  return holder.kringSignInThrottle;
}
