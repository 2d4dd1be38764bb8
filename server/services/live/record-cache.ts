import { appendReaction } from "@/lib/domain/new-reaction";
import type { ReactionRecord, SessionRecord } from "@/lib/domain/session-view";
import { type Db, poolOf } from "@/server/db/client";
import { gatheredLookup } from "@/server/db/gathered-lookup";
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

  function ask(key: string): Promise<T> {
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
  }

  /** The run under way for `key`, if any (it may have begun before the caller asked). */
  ask.running = (key: string): Promise<T> | undefined => running.get(key);
  return ask;
}

/**
 * The latest known record of each live session, so that the hot path (a new reaction) can be
 * checked without reading the session back from the database, and a screen that (re)connects can
 * be answered without loading it again. It is only a hint: every write made from it names the
 * version it was checked against, and the database refuses the write when the session has moved
 * on (see reaction-writer.ts).
 *
 * Loads are shared per session (`sharedAfterAsking`), and `current` waits for a load under way and
 * then checks its version: a room's reconnect storm costs one load and one small query, not one load
 * per socket. The version checks are gathered across sessions (gathered-lookup.ts).
 */
export function createRecordCache(db: Db, maxSessions = MAX_SESSIONS) {
  const records = new Map<string, SessionRecord>();
  /** Writes of the hot path under way per session (reaction-writer.ts), which move the record on. */
  const writes = new Map<string, Promise<unknown>>();

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

  // Version checks of all sessions asked while the database is busy go out in one query.
  const { pool, prepare } = poolOf(db);
  const versionOf = gatheredLookup(async (sessionIds) => {
    const result = await pool.query<{ id: string; version: number }>({
      name: prepare ? "kring_session_versions" : undefined,
      text: `SELECT "id", "version" FROM "IntervisionSession" WHERE "id" = ANY($1::text[])`,
      values: [sessionIds],
    });
    return new Map(result.rows.map((row) => [row.id, row.version]));
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
    async current(sessionId: string, { fromWriter = false } = {}): Promise<SessionRecord | null> {
      // A load under way began perhaps before this call: wait for it, then check its version
      // (a small query begun after this call) instead of loading the session a second time.
      const loading = records.has(sessionId) ? undefined : load.running(sessionId);
      if (loading) await loading.catch(() => null);
      if (!records.has(sessionId)) return load(sessionId);
      const version = await versionOf(sessionId);
      if (version === null) {
        records.delete(sessionId);
        return null;
      }
      // A write of this node may have committed and not yet reached the record: let it land (unless
      // the writer itself asks, from within that write).
      if (!fromWriter && (records.get(sessionId)?.version ?? 0) < version) {
        await writes.get(sessionId)?.catch(() => null);
      }
      const cached = records.get(sessionId);
      // Newer than the check is fine too: the hot path remembered a write that committed meanwhile.
      return cached && cached.version >= version ? cached : load(sessionId);
    },
    /** Tells `current` that `write` may move the session's record on (it waits for it). */
    writing<T>(sessionId: string, write: Promise<T>): Promise<T> {
      writes.set(sessionId, write);
      const done = () => {
        if (writes.get(sessionId) === write) writes.delete(sessionId);
      };
      write.then(done, done);
      return write;
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
