/**
 * Slows down repeated failed sign-ins from one address. The first few failures are free; after
 * that each attempt must wait twice as long as the one before (up to a limit). A success clears
 * the address. Kept in memory: one process serves Kring, and a restart forgetting is harmless.
 */
export interface ThrottleOptions {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  lastFailureAt: number;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export class FailureThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  check(key: string): ThrottleVerdict {
    const entry = this.current(key);
    if (!entry || entry.failures < this.options.freeFailures) return { allowed: true };
    const excess = entry.failures - this.options.freeFailures;
    const delay = Math.min(this.options.baseDelayMs * 2 ** excess, this.options.maxDelayMs);
    const retryAfterMs = entry.lastFailureAt + delay - this.now();
    return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
  }

  fail(key: string): void {
    const entry = this.current(key) ?? { failures: 0, lastFailureAt: 0 };
    this.entries.set(key, { failures: entry.failures + 1, lastFailureAt: this.now() });
    if (this.entries.size > 10_000) this.prune();
  }

  succeed(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.lastFailureAt > this.options.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune() {
    for (const key of this.entries.keys()) this.current(key);
  }
}

interface ThrottleGlobal {
  kringSignInThrottle?: FailureThrottle;
}

/** The process-wide sign-in throttle (shared by the custom server and Next's bundled code). */
export function signInThrottle(): FailureThrottle {
  const holder = globalThis as ThrottleGlobal;
  holder.kringSignInThrottle ??= new FailureThrottle({
    freeFailures: 5,
    baseDelayMs: 2_000,
    maxDelayMs: 5 * 60_000,
    windowMs: 30 * 60_000,
  });
  return holder.kringSignInThrottle;
}
