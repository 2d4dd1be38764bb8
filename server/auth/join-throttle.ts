import { type RateLimiterLike, RateLimiterRes } from "rate-limiter-flexible";
import { sharedStore } from "@/server/cluster/shared-limits";

/**
 * One limit on trying join codes, whichever way they are tried: the join link (`GET /join/<code>`),
 * the join form's server action, and the landing page's code field (`/join?code=`). Per client
 * address, wrong codes count (a few typos are free, guessing is not; right ones do not, so a room of
 * colleagues behind one address can all join); once that limit is reached every try from the
 * address is refused, the right code too. Per code, every try counts, so a code that leaked is not
 * flooded from many addresses. Counted across nodes when Kring runs on several (sharedStore), else
 * in memory, where a restart forgetting is harmless. Kept on globalThis so Next's bundled pages
 * and actions share one set.
 */
export const JOIN_LIMITS = {
  /** Wrong codes from one address. */
  wrong: { points: 20, duration: 15 * 60 },
  /** Any try at one code, from anywhere. */
  code: { points: 120, duration: 10 * 60 },
} as const;

interface Limiters {
  wrong: RateLimiterLike;
  code: RateLimiterLike;
}

interface JoinThrottleGlobal {
  kringJoinLimiters?: Limiters;
}

function limiters(): Limiters {
  const holder = globalThis as JoinThrottleGlobal;
  holder.kringJoinLimiters ??= {
    wrong: sharedStore({ keyPrefix: "join-wrong", ...JOIN_LIMITS.wrong }),
    code: sharedStore({ keyPrefix: "join-code", ...JOIN_LIMITS.code }),
  };
  return holder.kringJoinLimiters;
}

export type JoinTry<T> =
  | { ok: true; found: T }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts one try at `code` from `address`, then looks it up with `find` unless a limit is reached.
 * `code` is what was tried, normalised when it could be (an empty string for no code at all).
 */
export async function tryJoinCode<T>(
  address: string,
  code: string,
  find: () => Promise<T | null>,
  /**
   * Whether the try counts against the code's own limit. The bring-in page's actions do not: they
   * have a per-address limit of their own, and a group writing its cases must not use up the budget
   * its members need to join. Wrong codes count against the address either way.
   */
  options: { perCode?: boolean } = {},
): Promise<JoinTry<T>> {
  const { wrong, code: byCode } = limiters();
  const guessed = await wrong.get(address);
  if (guessed && guessed.consumedPoints >= JOIN_LIMITS.wrong.points) {
    return { ok: false, reason: "throttled", retryAfterSeconds: seconds(guessed.msBeforeNext) };
  }
  try {
    // Something that is no code at all is only a wrong try from its address.
    if (code && options.perCode !== false) await byCode.consume(code.slice(0, 40));
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return { ok: false, reason: "throttled", retryAfterSeconds: seconds(refused.msBeforeNext) };
  }
  const found = code ? await find() : null;
  if (found) return { ok: true, found };
  await wrong.consume(address).catch((refused) => {
    if (!(refused instanceof RateLimiterRes)) throw refused;
  });
  return { ok: false, reason: "unknown" };
}

/**
 * A wrong guess that is not a code: a name typed on the bring-in page of a group's session that is
 * no member's. Counted like a wrong code from the address, so trying names to learn who is in a
 * group costs what guessing codes costs.
 */
export async function countWrongGuess(address: string): Promise<void> {
  await limiters()
    .wrong.consume(address)
    .catch((refused) => {
      if (!(refused instanceof RateLimiterRes)) throw refused;
    });
}
