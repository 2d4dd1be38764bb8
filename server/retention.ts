import { type Db, poolOf } from "./db/client";
import type { Logger } from "./logger";
import { deleteExpiredSessions } from "./services/erasure";

const HOUR_MS = 60 * 60 * 1000;

/** The advisory lock that lets one node at a time sweep (any fixed number; "kring-retention"). */
export const RETENTION_LOCK = 0x6b72_6574;

/**
 * Runs `work` if no other node is running it: under a PostgreSQL session-level advisory lock,
 * held on a connection of its own for the length of the work. Answers false when another holds it.
 */
export async function whileHolding(db: Db, lock: number, work: () => Promise<void>): Promise<boolean> {
  const client = await poolOf(db).pool.connect();
  try {
    const { rows } = await client.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1) AS held", [lock]);
    if (!rows[0]?.held) return false;
    try {
      await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [lock]);
    }
    return true;
  } finally {
    client.release();
  }
}

/**
 * Deletes sessions past their group's retention period: once at start, then every hour. With
 * `exclusive` (an external database that several nodes may share), a node sweeps only while it
 * holds RETENTION_LOCK, so two nodes never sweep at once. Returns a function that stops it (and
 * waits for a sweep in progress), for a clean shutdown.
 */
export function startRetentionSweeps(
  db: Db,
  log: Logger,
  { exclusive = false, intervalMs = HOUR_MS }: { exclusive?: boolean; intervalMs?: number } = {},
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const deleteExpired = async () => {
    const deleted = await deleteExpiredSessions(db, new Date());
    if (deleted > 0) log.info(`retention: deleted ${deleted} session(s) past their group's retention period`);
  };
  const sweep = () => {
    const swept = exclusive ? whileHolding(db, RETENTION_LOCK, deleteExpired) : deleteExpired();
    running = swept.then(
      () => undefined,
      (error: unknown) => log.error("retention sweep failed", error),
    );
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
