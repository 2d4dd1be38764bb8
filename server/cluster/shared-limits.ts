import { type RateLimiterLike, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import type { Cluster } from "./redis";

/** Builds a fixed-window limiter (rate-limiter-flexible) for one kind of count. */
export type LimiterStore = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterLike;

/** Counts kept in this process: what one node needs, and what is per connection anyway. */
export const memoryStore: LimiterStore = (options) => new RateLimiterMemory(options);

interface SharedLimitsGlobal {
  kringSharedLimits?: Pick<Cluster, "client" | "prefix">;
}

/**
 * From now on, limits built by `sharedStore` count in Redis, across every node. Called once at
 * start, before the server listens. Kept on globalThis: Next's bundled pages and actions (the join
 * form) have their own copy of this module and must count in the same place.
 */
export function shareLimitsThrough(cluster: Pick<Cluster, "client" | "prefix">): void {
  (globalThis as SharedLimitsGlobal).kringSharedLimits = cluster;
}

/**
 * Limits that must hold across nodes (a person's budget, tries at a join code): in Redis when
 * Kring runs on several nodes, else in memory. When Redis does not answer, a limiter in memory
 * counts instead (insuranceLimiter), at once rather than after a queue of retries: a Redis outage
 * never stops a room, and never lifts the limits either.
 */
export const sharedStore: LimiterStore = (options) => {
  const shared = (globalThis as SharedLimitsGlobal).kringSharedLimits;
  return shared ? redisStore(shared)(options) : new RateLimiterMemory(options);
};

/** Limits counted in this deployment's Redis, with a memory limiter standing in while it is away. */
export function redisStore(shared: Pick<Cluster, "client" | "prefix">): LimiterStore {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      storeClient: shared.client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${shared.prefix}:${options.keyPrefix}`,
      insuranceLimiter: new RateLimiterMemory(options),
    });
}
