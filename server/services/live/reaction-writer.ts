import { randomUUID } from "node:crypto";
import { type PlannedReaction, planReactions, type ReactionRequest, recordReaction } from "@/lib/domain/new-reaction";
import type { VersionedReaction } from "@/lib/domain/session-patch";
import type { ReactionRecord, SessionRecord } from "@/lib/domain/session-view";
import type { Db } from "@/server/db/client";
import { hotPathTimings, recordSince } from "@/server/metrics";
import { addReaction } from "./reaction-commands";
import { createGroupCommit } from "./reaction-commit";
import type { RecordCache } from "./record-cache";

/** What the writer answers a post with; `announced` tells whether its patch has gone out. */
export interface Posted {
  version: number;
  reactionId: string;
  announced: boolean;
}

/**
 * Called once per commit with the reactions it stored in the session, in version order, before
 * their authors' posts resolve.
 */
export type Announce = (sessionId: string, stored: VersionedReaction[]) => void;

interface Waiting {
  /** When the post reached the writer (process.hrtime.bigint()). */
  arrivedAt: bigint;
  participantId: string;
  request: ReactionRequest;
  resolve: (posted: Posted) => void;
  reject: (error: unknown) => void;
}

/** At most this many reactions go into one statement. */
const MAX_BATCH = 100;

/**
 * Tries of the one statement when the session moved on meanwhile (another node stored a reaction
 * in it): each after bringing the cached record up to the database's version.
 */
const MOVED_ON_TRIES = 3;

/**
 * The hot path of a live session: participants' new reactions. Per session, one write is in flight
 * at a time; the reactions that arrive meanwhile are checked against the cached record
 * (record-cache.ts) and stored together, with the batches of the other sessions that are ready
 * (reaction-commit.ts), in one statement that also raises each session's version by its number,
 * but only if the version is still the one they were checked against. So a busy server costs one
 * round trip per group of batches, not per reaction, and it is as safe as the locked
 * transaction in reaction-commands.ts, which takes over whenever the cache cannot decide: a retry,
 * a refusal to explain, a session that moved on.
 */
export function createReactionWriter(db: Db, cache: RecordCache, announce: Announce) {
  const commit = createGroupCommit(db);
  const waiting = new Map<string, Waiting[]>();
  const writing = new Set<string>();

  function post(sessionId: string, participantId: string, request: ReactionRequest): Promise<Posted> {
    return new Promise((resolve, reject) => {
      const queue = waiting.get(sessionId) ?? [];
      queue.push({ arrivedAt: process.hrtime.bigint(), participantId, request, resolve, reject });
      waiting.set(sessionId, queue);
      if (!writing.has(sessionId)) void drain(sessionId);
    });
  }

  async function drain(sessionId: string) {
    writing.add(sessionId);
    try {
      for (;;) {
        const queue = waiting.get(sessionId);
        if (!queue || queue.length === 0) break;
        await cache.writing(sessionId, write(sessionId, queue.splice(0, MAX_BATCH)));
      }
    } finally {
      waiting.delete(sessionId);
      writing.delete(sessionId);
    }
  }

  async function write(sessionId: string, batch: Waiting[]) {
    let slow = batch;
    try {
      for (let tries = 1; ; tries++) {
        const written = await writeFromCache(sessionId, batch);
        slow = written.rest;
        if (!written.movedOn || tries >= MOVED_ON_TRIES) break;
        // The session moved on (on several nodes: another node's reaction): the record as the
        // database has it now, usually one small query since that node's announcement has moved
        // the cached record on already, and the same batch once more.
        await cache.current(sessionId, { fromWriter: true });
      }
    } catch {
      // A clash the cache did not foresee (such as a client id stored in another round): each
      // reaction goes through the transactional path, which explains or finds it.
    }
    if (slow.length > 0) cache.forget(sessionId);
    for (const item of slow) {
      try {
        const { version, value } = await addReaction(db, sessionId, item.participantId, item.request);
        if (value.added) announce(sessionId, [{ version, added: value.added }]);
        item.resolve({ version, reactionId: value.reactionId, announced: value.added !== null });
      } catch (error) {
        item.reject(error);
      }
    }
  }

  /**
   * Stores what the cached record accepts; answers the rest, for the transactional path, and
   * whether nothing was stored because the session had moved on past the cached record.
   */
  async function writeFromCache(sessionId: string, batch: Waiting[]): Promise<{ rest: Waiting[]; movedOn: boolean }> {
    const record = cache.get(sessionId) ?? (await cache.load(sessionId));
    if (!record) return { rest: batch, movedOn: false };
    const { accepted, rest } = planBatch(record, batch);
    if (accepted.length === 0) return { rest, movedOn: false };
    const storing = process.hrtime.bigint();
    for (const { item } of accepted) recordSince(hotPathTimings.waited, item.arrivedAt, storing);
    // Read before the write: another node's reaction may move the cached record on meanwhile.
    const base = record.version;
    const rows = await commit({
      sessionId,
      expected: base,
      rows: accepted.map(columnsOf),
    });
    recordSince(hotPathTimings.stored, storing);
    // The session moved on since the record was cached: nothing was stored.
    if (rows.length !== accepted.length) return { rest: batch, movedOn: true };
    const byId = new Map(rows.map((row) => [row.id, row.createdAtMs]));
    const stored = accepted.map((each, index): VersionedReaction => {
      const reaction: ReactionRecord = {
        ...columnsOf(each),
        createdAt: byId.get(each.id) ?? Date.now(),
        usable: null,
        label: null,
      };
      const version = base + index + 1;
      return { version, added: recordReaction(record, reaction, each.planned.authorName, version) };
    });
    announce(sessionId, stored);
    accepted.forEach(({ item, id }, index) => {
      recordSince(hotPathTimings.posted, item.arrivedAt);
      item.resolve({ version: base + index + 1, reactionId: id, announced: true });
    });
    // A broadcast may have cached an older load meanwhile; this record is newer.
    if (cache.get(sessionId) !== record) cache.remember(record);
    return { rest, movedOn: false };
  }

  return { post };
}

export type ReactionWriter = ReturnType<typeof createReactionWriter>;

interface Accepted {
  item: Waiting;
  planned: PlannedReaction;
  id: string;
}

/** What is stored of an accepted reaction (the rest of its record comes from the database). */
function columnsOf({ item, planned, id }: Accepted) {
  return {
    id,
    clientId: item.request.clientId,
    roundId: planned.roundId,
    authorId: item.participantId,
    kind: item.request.kind,
    text: item.request.text,
    anonymous: planned.anonymous,
    visibility: planned.visibility,
  };
}

/** The reactions of a batch the cached record accepts, each with a new id; the rest. */
function planBatch(record: SessionRecord, batch: Waiting[]) {
  const plans = planReactions(record, batch);
  const accepted: Accepted[] = [];
  const rest: Waiting[] = [];
  batch.forEach((item, index) => {
    const planned = plans[index];
    if (planned) accepted.push({ item, planned, id: randomUUID() });
    else rest.push(item);
  });
  return { accepted, rest };
}
