import { appendReaction } from "@/lib/domain/new-reaction";
import type { ReactionRecord, SessionRecord } from "@/lib/domain/session-view";
import { type Db, poolOf } from "@/server/db/client";
import { loadSessionRecord } from "./load";

/** Live sessions kept in memory at most; the least recently used one is dropped first. */
const MAX_SESSIONS = 500;

/**
 * Runs `work(key)` at most once at a time per key, and answers every caller with a run that began
 * after it asked: callers who ask while one runs share the one that starts right after it. So a
 * change committed before the call is in the answer, and a crowd asking at once costs two runs.
 */
function sharedAfterAsking<T>(work: (key: string) => Promise<T>) {
  const running = new Map<string, Promise<T>>();
  const following = new Map<string, Promise<T>>();

  function start(key: string): Promise<T> {
    const run = work(key);
    running.set(key, run);
    const done = () => {
      if (running.get(key) === run) running.delete(key);
    };
    run.then(done, done);
    return run;
  }

  return (key: string): Promise<T> => {
    const current = running.get(key);
    if (!current) return start(key);
    let next = following.get(key);
    if (!next) {
      next = current
        .catch(() => null)
        .then(() => {
          following.delete(key);
          return start(key);
        });
      following.set(key, next);
    }
    return next;
  };
}

/**
 * The latest known record of each live session, so that the hot path (a new reaction) can be
 * checked without reading the session back from the database, and a screen that (re)connects can
 * be answered without loading it again. It is only a hint: every write made from it names the
 * version it was checked against, and the database refuses the write when the session has moved
 * on (see reaction-writer.ts).
 *
 * Loads, and the version checks of `current`, are shared per session (`sharedAfterAsking`): a
 * room's reconnect storm costs two of each, not one per socket.
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

  const load = sharedAfterAsking(async (sessionId) => {
    const record = await loadSessionRecord(db, sessionId);
    if (record) remember(record);
    else records.delete(sessionId);
    return record;
  });

  const { pool, prepare } = poolOf(db);
  const versionOf = sharedAfterAsking(async (sessionId) => {
    const result = await pool.query<{ version: number }>({
      name: prepare ? "kring_session_version" : undefined,
      text: `SELECT "version" FROM "IntervisionSession" WHERE "id" = $1`,
      values: [sessionId],
    });
    return result.rows[0]?.version ?? null;
  });

  return {
    get(sessionId: string): SessionRecord | undefined {
      return records.get(sessionId);
    },
    remember,
    /** Loads the session from the database and keeps the record; forgets it when it no longer exists. */
    load,
    /**
     * The session as the database has it now: the cached record when its version is still the
     * database's (one small query), else a load. A change that does not raise the version (a
     * group's name, say) is announced, and its broadcast's load refreshes the record for everyone.
     */
    async current(sessionId: string): Promise<SessionRecord | null> {
      if (!records.has(sessionId)) return load(sessionId);
      const version = await versionOf(sessionId);
      if (version === null) {
        records.delete(sessionId);
        return null;
      }
      const cached = records.get(sessionId);
      // Newer than the check is fine too: the hot path remembered a write that committed meanwhile.
      return cached && cached.version >= version ? cached : load(sessionId);
    },
    forget(sessionId: string) {
      records.delete(sessionId);
    },
    /**
     * Another node stored `reaction` at `version`: the record follows when it was one behind, and
     * is forgotten when it falls further behind (the next use loads it again).
     */
    stored(sessionId: string, version: number, reaction: ReactionRecord) {
      const record = records.get(sessionId);
      if (!record || record.version >= version) return;
      if (record.version === version - 1) appendReaction(record, reaction, version);
      else records.delete(sessionId);
    },
  };
}

export type RecordCache = ReturnType<typeof createRecordCache>;
