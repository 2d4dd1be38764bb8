import type { ClientEventName } from "./events";

/**
 * How often one person may send each kind of live event: the live channel's rate limits, as data.
 * The server enforces them (server/realtime/live-limits.ts), per connection and per participant
 * (several tabs of one person share one budget); the browser reads `retryAfterMs` to know when a
 * refused reaction is sent again.
 *
 * Each class is a token bucket: `perSecond` is the steady rate it refills at (a fraction is one
 * per so many seconds), `burst` how many may come at once on top of that (after a reconnect, an outbox flush, a quick series of clicks).
 * A person never notices them; a script sending 2,000 events does.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const LIVE_RATE_LIMITS = {
  /**
   * Connecting (the handshake, per person). A reload, a closed lid, a flaky train connection:
   * Socket.io's client backs off 1 to 5 seconds between tries; a facilitator opens the cockpit,
   * the projector and the plan in tabs. Twenty at once and one every five seconds after that is
   * plenty; a script that loops is stopped by the cool-down after its first expulsion anyway. Every connection and disconnection shows in everyone's presence,
   * so a reconnect loop would otherwise reload the room's view twice a connection.
   */
  connect: { perSecond: 0.2, burst: 20 },
  /**
   * session:sync and session:catchup. A client syncs once per (re)connect and after a missed patch; even a bad network
   * reconnecting every few seconds asks for one a second at most; ten at once covers a
   * facilitator's tabs reconnecting after a restart. Every sync loads the session (shared between
   * concurrent syncs), so this is the one that protects the database. A refused sync is asked
   * again by the browser after RATE_LIMITED_RETRY_MS.
   */
  sync: { perSecond: 1, burst: 10 },
  /** clock:sync: three samples per (re)connect. */
  clock: { perSecond: 2, burst: 10 },
  /**
   * New things: reactions, pitches, action points. Someone typing fast posts a short check-in every
   * few seconds; an outbox that waited offline sends everything it kept at once on reconnect.
   */
  post: { perSecond: 2, burst: 20 },
  /** Changes to one's own things: edit, withdraw, notes (saved on a click), action points, labels. */
  change: { perSecond: 4, burst: 20 },
  /**
   * Dot votes and case votes: a person has a few votes a round (3 by default); clicking through
   * them, taking one back, changing one's mind.
   */
  vote: { perSecond: 2, burst: 10 },
  /** The facilitator's controls: phases, timer, dealing, hiding, turns, the plan; a busy cockpit. */
  lead: { perSecond: 5, burst: 30 },
  /** Rare lookups: the deck list, saving a method. */
  rare: { perSecond: 1, burst: 5 },
} as const satisfies Record<string, RateLimit>;

export type RateClass = keyof typeof LIVE_RATE_LIMITS;
/** The classes of events (connecting is counted at the handshake, not per event). */
export type EventRateClass = Exclude<RateClass, "connect">;

/**
 * Largest payload of each class, in bytes of JSON. Socket.io drops anything over
 * MAX_MESSAGE_BYTES (64 KB, which the shared notes need: 20,000 characters); everything else is
 * refused well below that. Sized for the longest legitimate text in 3-byte UTF-8 plus its fields.
 */
export const PAYLOAD_BYTES = {
  /** Ids and small numbers. */
  small: 1024,
  /** A reaction (2,000 characters), a pitch (720), an action point (500). */
  text: 8 * 1024,
  /** The shared notes (20,000 characters) and the phase plan. */
  large: 64 * 1024,
} as const;

export type PayloadSize = keyof typeof PAYLOAD_BYTES;

/** Which bucket and size class every event falls in; adding an event without one does not compile. */
export const EVENT_LIMITS: Record<ClientEventName, { rate: EventRateClass; size: PayloadSize }> = {
  "clock:sync": { rate: "clock", size: "small" },
  "deck:list": { rate: "rare", size: "small" },
  "lesson:suggest": { rate: "rare", size: "small" },
  /** Up to 40 proposal ids. */
  "proposal:suggest": { rate: "rare", size: "text" },
  "session:sync": { rate: "sync", size: "small" },
  "session:catchup": { rate: "sync", size: "small" },
  "session:end": { rate: "lead", size: "small" },
  "session:lock": { rate: "lead", size: "small" },
  "projector:show": { rate: "lead", size: "small" },
  "participant:member": { rate: "rare", size: "small" },
  "phase:start": { rate: "lead", size: "small" },
  "phase:next": { rate: "lead", size: "small" },
  "phase:back": { rate: "lead", size: "small" },
  "phase:jump": { rate: "lead", size: "small" },
  "timer:command": { rate: "lead", size: "small" },
  "card:deal": { rate: "lead", size: "small" },
  "round:reveal": { rate: "lead", size: "small" },
  "round:voting": { rate: "lead", size: "small" },
  "reaction:hide": { rate: "lead", size: "small" },
  "reaction:unhide": { rate: "lead", size: "small" },
  "turns:start": { rate: "lead", size: "small" },
  "turns:next": { rate: "lead", size: "small" },
  "turns:skip": { rate: "lead", size: "small" },
  "participant:remove": { rate: "lead", size: "small" },
  "reaction:add": { rate: "post", size: "text" },
  "reaction:edit": { rate: "change", size: "text" },
  "reaction:withdraw": { rate: "change", size: "small" },
  "vote:cast": { rate: "vote", size: "small" },
  "vote:retract": { rate: "vote", size: "small" },
  "reaction:usable": { rate: "change", size: "small" },
  "reaction:label": { rate: "change", size: "small" },
  "case:pitch": { rate: "post", size: "text" },
  "case:vote": { rate: "vote", size: "small" },
  "case:choose": { rate: "lead", size: "small" },
  "role:assign": { rate: "lead", size: "small" },
  "notes:update": { rate: "change", size: "large" },
  "action:add": { rate: "post", size: "text" },
  "action:update": { rate: "change", size: "text" },
  "plan:update": { rate: "lead", size: "large" },
  "method:save": { rate: "rare", size: "small" },
};

/**
 * Repeated abuse: a connection that is refused this many times (rate limited, too large, malformed,
 * an unknown event) within `windowSeconds` is disconnected. A person who clicks too fast is
 * refused a few times and waits; only a script gets here. Its person may not connect again for
 * `cooldownSeconds` (every connection shows in the room's presence and reloads everyone's view).
 */
export const ABUSE_LIMIT = { refusals: 50, windowSeconds: 10, cooldownSeconds: 60 } as const;

/** When the browser sends a reaction again after a `rate_limited` answer. */
export const RATE_LIMITED_RETRY_MS = 2000;
/** When the browser tries to connect again after its connection was refused as `rate_limited`. */
export const CONNECT_RETRY_MS = 5000;
