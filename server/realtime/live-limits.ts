import { RateLimiterRes } from "rate-limiter-flexible";
import type { ErrorCode } from "@/lib/errors";
import type { ClientEventName } from "@/lib/realtime/events";
import {
  ABUSE_LIMIT,
  EVENT_LIMITS,
  LIVE_RATE_LIMITS,
  PAYLOAD_BYTES,
  type RateClass,
  type RateLimit,
} from "@/lib/realtime/live-limits";
import { type LimiterStore, memoryStore, sharedStore } from "@/server/cluster/shared-limits";
import type { Logger } from "@/server/logger";
import { personKey as keyOf } from "./session-binding";
import type { KringSocket } from "./types";

/** Refusals that a well-behaved client does not cause: enough of them disconnect the socket. */
const ABUSIVE: ReadonlySet<ErrorCode> = new Set([
  "rate_limited",
  "too_large",
  "bad_request",
  "forbidden",
  "unauthenticated",
]);

/** Which window of a bucket let one through (so that a refund goes back there), or null: refused. */
type Taken = "steady" | "burst" | null;

/**
 * A token bucket from two fixed windows (rate-limiter-flexible's documented way, as its
 * BurstyRateLimiter does it): a steady rate (`perSecond` per second, or one per 1/perSecond
 * seconds), and on top of it a burst that refills over `burst / perSecond` seconds. Unlike
 * BurstyRateLimiter it says which window paid, so that a refund can give the point back.
 */
function bucket(store: LimiterStore, name: string, limit: RateLimit) {
  const steadyWindow = Math.max(1, Math.round(1 / limit.perSecond));
  const steady = store({
    keyPrefix: `live:${name}`,
    points: Math.max(1, Math.round(limit.perSecond * steadyWindow)),
    duration: steadyWindow,
  });
  const burst = store({
    keyPrefix: `live:${name}:burst`,
    points: limit.burst,
    duration: Math.max(1, Math.ceil(limit.burst / limit.perSecond)),
  });
  return {
    async take(key: string): Promise<Taken> {
      if (await admitted(steady.consume(key))) return "steady";
      return (await admitted(burst.consume(key))) ? "burst" : null;
    },
    async refund(key: string, from: Exclude<Taken, null>): Promise<void> {
      await (from === "steady" ? steady : burst).reward(key, 1).catch(() => undefined);
    },
  };
}

/**
 * Whether a limiter let it through: it says no by rejecting with a RateLimiterRes. A store that
 * fails lets everything through rather than stopping the room (the shared one counts in memory
 * while Redis is away: cluster/shared-limits.ts).
 */
async function admitted(consumed: Promise<unknown>): Promise<boolean> {
  try {
    await consumed;
    return true;
  } catch (error) {
    return !(error instanceof RateLimiterRes);
  }
}

/** Bytes of a payload as JSON (what it took on the wire, near enough). */
function payloadBytes(payload: unknown): number {
  if (payload === undefined) return 0;
  return Buffer.byteLength(JSON.stringify(payload) ?? "");
}

/**
 * The live channel's limits: every event is counted against its class's bucket per connection and
 * per person (a participant, or a signed-in facilitator, with several tabs shares one budget), and
 * its payload against its size class, before the router parses it. Refusals that only a script
 * causes are counted per connection; too many in a short window disconnect it.
 */
export function createLiveLimits(log: Logger, shared: LimiterStore = sharedStore) {
  const bucketsIn = (store: LimiterStore) =>
    Object.fromEntries(
      (Object.keys(LIVE_RATE_LIMITS) as RateClass[]).map((name) => [name, bucket(store, name, LIVE_RATE_LIMITS[name])]),
    ) as Record<RateClass, ReturnType<typeof bucket>>;
  // A connection lives on one node: its counts stay here. A person's (several tabs, reconnects to
  // any node) are shared across nodes when Kring runs on several (cluster/shared-limits.ts).
  const connectionBuckets = bucketsIn(memoryStore);
  const buckets = bucketsIn(shared);
  const strikes = memoryStore({
    keyPrefix: "live:strikes",
    points: ABUSE_LIMIT.refusals,
    duration: ABUSE_LIMIT.windowSeconds,
  });
  // A person expelled for abuse: marked for the cool-down (more points than the limiter has).
  const cooldown = shared({ keyPrefix: "live:expelled", points: 1, duration: ABUSE_LIMIT.cooldownSeconds });
  const expelled = new WeakSet<KringSocket>();

  function personKey(socket: KringSocket): string | null {
    const { member, facilitator } = socket.data;
    if (member?.role === "participant") return keyOf({ participantId: member.participantId });
    if (facilitator) return keyOf({ facilitatorId: facilitator.id });
    return null;
  }

  /**
   * Whether a connection of this person (see handshakePerson) may start now: every tab and
   * reconnect of theirs counts. Checked before the handshake touches the database. Null: refused;
   * otherwise `refund` gives the point back when the server itself turns the connection away
   * (its database busy or away), so that waiting for a busy server never locks a person out.
   */
  async function admitConnection(person: string | null): Promise<{ refund(): Promise<void> } | null> {
    if (person === null) return { refund: async () => undefined };
    const expelledRecently = await cooldown.get(person).then(
      (res) => (res?.consumedPoints ?? 0) > 1,
      () => false,
    );
    if (expelledRecently) return null;
    const from = await buckets.connect.take(person);
    return from && { refund: () => buckets.connect.refund(person, from) };
  }

  /** A connection disconnected for abuse: whatever else it sent is dropped unanswered. */
  function isExpelled(socket: KringSocket): boolean {
    return expelled.has(socket);
  }

  /** Why this event may not go further now (`rate_limited`, `too_large`), or null. */
  async function check(socket: KringSocket, name: ClientEventName, payload: unknown): Promise<ErrorCode | null> {
    if (expelled.has(socket)) return "rate_limited";
    const limits = EVENT_LIMITS[name];
    if (!(await connectionBuckets[limits.rate].take(`s:${socket.id}`))) return "rate_limited";
    const person = personKey(socket);
    if (person && !(await buckets[limits.rate].take(person))) return "rate_limited";
    if (payloadBytes(payload) > PAYLOAD_BYTES[limits.size]) return "too_large";
    return null;
  }

  /**
   * Counts a refusal; a connection past the abuse limit is disconnected (and logged) once, and its
   * person may not connect again for the cool-down.
   */
  async function refused(socket: KringSocket, code: ErrorCode, event: string) {
    if (!ABUSIVE.has(code) || expelled.has(socket)) return;
    if ((await admitted(strikes.consume(socket.id))) || expelled.has(socket)) return;
    expelled.add(socket);
    const person = personKey(socket);
    if (person) await admitted(cooldown.consume(person, 2));
    const who = person ?? "anonymous";
    log.info(
      `live: disconnected ${socket.id} (${who}) after ${ABUSE_LIMIT.refusals} refusals, last ${code} on ${event}`,
    );
    // After the answers already on their way (this one's too), so the client learns why.
    setImmediate(() => socket.disconnect(true));
  }

  return { admitConnection, isExpelled, check, refused };
}

export type LiveLimits = ReturnType<typeof createLiveLimits>;
