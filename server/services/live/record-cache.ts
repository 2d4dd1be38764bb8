import type { SessionRecord } from "@/lib/domain/session-view";
import type { Db } from "@/server/db/client";
import { loadSessionRecord } from "./load";

/** Live sessions kept in memory at most; the least recently used one is dropped first. */
const MAX_SESSIONS = 500;

/**
 * The latest known record of each live session, so that the hot path (a new reaction) can be
 * checked without reading the session back from the database. It is only a hint: every write made
 * from it names the version it was checked against, and the database refuses the write when the
 * session has moved on (see reaction-writer.ts).
 */
export function createRecordCache(db: Db, maxSessions = MAX_SESSIONS) {
  const records = new Map<string, SessionRecord>();

  function touch(record: SessionRecord) {
    records.delete(record.id);
    records.set(record.id, record);
    if (records.size > maxSessions) {
      const oldest = records.keys().next().value;
      if (oldest !== undefined) records.delete(oldest);
    }
  }

  /** Keeps a freshly loaded record, unless a newer one is already here. */
  function remember(record: SessionRecord) {
    const known = records.get(record.id);
    if (known && known.version > record.version) return;
    touch(record);
  }

  return {
    get(sessionId: string): SessionRecord | undefined {
      return records.get(sessionId);
    },
    remember,
    /** Loads the session from the database and keeps the record; forgets it when it no longer exists. */
    async load(sessionId: string): Promise<SessionRecord | null> {
      const record = await loadSessionRecord(db, sessionId);
      if (record) remember(record);
      else records.delete(sessionId);
      return record;
    },
    forget(sessionId: string) {
      records.delete(sessionId);
    },
  };
}

export type RecordCache = ReturnType<typeof createRecordCache>;
