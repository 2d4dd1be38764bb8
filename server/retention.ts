import type { Db } from "./db/client";
import type { Logger } from "./logger";
import { deleteExpiredSessions } from "./services/erasure";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes sessions past their group's retention period: once at start, then every hour. Returns a
 * function that stops it (and waits for a sweep in progress), for a clean shutdown.
 */
export function startRetentionSweeps(db: Db, log: Logger, intervalMs = HOUR_MS): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = deleteExpiredSessions(db, new Date()).then(
      (deleted) => {
        if (deleted > 0) log.info(`retention: deleted ${deleted} session(s) past their group's retention period`);
      },
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
