import { isDatabaseBusy, isDatabaseUnavailable } from "@/server/db/availability";
import type { Db } from "@/server/db/client";
import type { Logger } from "@/server/logger";

/** How long connects and disconnects are gathered before their "last seen" times are written. */
const FLUSH_MS = 5000;

/**
 * When each participant was last connected, written in one statement for everyone seen within
 * `flushMs` rather than one per connect and disconnect: a room that reconnects at once after a
 * restart then costs one write, not one per screen. Lost on a crash (a few seconds of "last seen"),
 * never anything typed.
 */
export function createLastSeen(db: Db, log: Logger, flushMs = FLUSH_MS) {
  let due = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  let stopped = false;

  function flush() {
    timer = null;
    if (due.size === 0) return writing;
    const ids = [...due];
    due = new Set();
    writing = writing
      .then(() => db.participant.updateMany({ where: { id: { in: ids } }, data: { lastSeenAt: new Date() } }))
      .then(
        () => undefined,
        (error: unknown) => {
          // Away or overloaded: the next connect writes it again; anything else is worth a line.
          if (!isDatabaseUnavailable(error) && !isDatabaseBusy(error)) log.error("writing last seen failed", error);
        },
      );
    return writing;
  }

  return {
    seen(participantId: string) {
      if (stopped) return;
      due.add(participantId);
      if (!timer) {
        timer = setTimeout(flush, flushMs);
        timer.unref();
      }
    },
    /** Writes what is due now and nothing after; resolves once written. */
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      return flush();
    },
  };
}
