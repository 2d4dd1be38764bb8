import type { Logger } from "@/server/logger";

/**
 * Whether the database is reachable, decided in one place for the whole process. A failure that
 * means "the database is gone" (refused, reset, terminated, shut down, pool exhausted) is not a bug
 * in a request: the live channel answers it with the retryable `unavailable` code, and the log
 * gets one line when the database goes away and one when it returns, not a stack per request.
 */

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** Prisma's codes for an unreachable server, a timeout, a closed connection, an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** SQLSTATEs: admin/crash shutdown, cannot connect now, too many connections. Class 08 is checked apart. */
const SQL_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** What the driver adapter says when it could not talk to the database. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseAccessDenied",
]);
const MESSAGES = /connection terminated|server closed the connection|Connection ended|Can't reach database server/i;
/** The pool's queue: every connection busy for longer than the pool waits (pg-pool, Prisma's P2024). */
const BUSY_MESSAGES =
  /timeout exceeded when trying to connect|Timed out fetching a new connection from the connection pool|Unable to start a transaction in the given time/i;

interface Shaped {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

/** True when `error` (or what caused it) says the database could not be reached or went away. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const shaped = error as Shaped;
  const code = typeof shaped.code === "string" ? shaped.code : "";
  if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || SQL_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
    return true;
  }
  if (typeof shaped.kind === "string" && ADAPTER_KINDS.has(shaped.kind)) return true;
  if (typeof shaped.message === "string" && MESSAGES.test(shaped.message)) return true;
  if (Array.isArray(shaped.errors) && shaped.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) {
    return true;
  }
  return (
    isDatabaseUnavailable(shaped.cause, depth + 1) || isDatabaseUnavailable(shaped.meta?.driverAdapterError, depth + 1)
  );
}

/**
 * True when the database is there but every connection of the pool stayed busy for longer than a
 * request may wait: the server is overloaded, not cut off. Answered with the retryable `busy`.
 */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const shaped = error as Shaped;
  if (shaped.code === "P2024" || shaped.code === "P2028") return true;
  if (typeof shaped.message === "string" && BUSY_MESSAGES.test(shaped.message)) return true;
  return isDatabaseBusy(shaped.cause, depth + 1) || isDatabaseBusy(shaped.meta?.driverAdapterError, depth + 1);
}

export interface DatabaseHealth {
  /** Whether the database was last seen unreachable. */
  readonly down: boolean;
  /** How long a client should wait before it tries again. */
  readonly retryAfterMs: number;
  /** Records an unreachable database: logs once, then probes until it answers. */
  wentAway(error: unknown): void;
  /** Called with every change: true when saving pauses, false when it resumes. */
  onChange(listener: (down: boolean) => void): () => void;
  stop(): void;
}

export const RETRY_AFTER_MS = 1000;

/**
 * Tracks the database's availability. `probe` runs a trivial query (SELECT 1); while the database
 * is down it is run every `probeEveryMs` until it succeeds, then listeners hear that it is back.
 */
export function createDatabaseHealth(
  probe: () => Promise<unknown>,
  log: Logger,
  probeEveryMs = RETRY_AFTER_MS,
): DatabaseHealth {
  let down = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const listeners = new Set<(down: boolean) => void>();
  const notify = () => {
    for (const listener of listeners) listener(down);
  };
  const check = async () => {
    timer = null;
    if (stopped) return;
    try {
      await probe();
      down = false;
      log.info("database is reachable again: saving resumed");
      notify();
    } catch {
      if (!stopped) timer = setTimeout(() => void check(), probeEveryMs);
    }
  };
  return {
    get down() {
      return down;
    },
    retryAfterMs: probeEveryMs,
    wentAway(error) {
      if (down || stopped) return;
      down = true;
      const reason = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
      log.info(
        `database unreachable (${reason?.trim() ?? "unknown"}): saving paused, retrying every ${probeEveryMs} ms`,
      );
      notify();
      timer = setTimeout(() => void check(), probeEveryMs);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
