import { type Db, poolOf } from "@/server/db/client";
import { commitSizes } from "@/server/metrics";

/** A reaction the writer has checked against the cached record, ready to be stored. */
export interface ReactionRow {
  id: string;
  clientId: string;
  roundId: string;
  authorId: string;
  kind: string;
  text: string;
  anonymous: boolean;
  visibility: string;
}

/** One session's share of a commit: its reactions, stored only if its version is still `expected`. */
export interface SessionPart {
  sessionId: string;
  expected: number;
  rows: ReactionRow[];
}

/** A stored reaction, with the time the database gave it. */
export interface StoredRow {
  id: string;
  createdAtMs: number;
}

interface Waiting {
  part: SessionPart;
  resolve: (rows: StoredRow[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for the hot path: the reactions of every session that are ready while earlier
 * commits are still under way go to the database together, in one statement and one commit. Each
 * session keeps its own version check (its reactions are stored, and its version raised by their
 * number, only if the version is still the one they were checked against) and its own order; every
 * reaction is acked only after the commit that holds it (reaction-writer.ts). An idle server
 * commits at once; a busy one (a restart's backlog, a hundred rooms posting) commits many sessions
 * per round trip instead of one, which is what the database and the server's own time run out of.
 *
 * A session has at most one part in a commit: its writer waits for its commit before the next.
 * When a commit of several sessions fails (one session's clash the cache did not foresee), each
 * part is tried on its own, so that only the session at fault sees the error.
 */
export function createGroupCommit(db: Db) {
  const { pool, prepare } = poolOf(db);
  // A few commits at a time, leaving the pool room for loads and handshakes: one on the embedded
  // database (its pool is one connection).
  const inFlight = Math.max(1, Math.min(3, Math.floor((pool.options.max ?? 10) / 3)));
  let waiting: Waiting[] = [];
  let running = 0;

  async function run(batch: Waiting[]) {
    running += 1;
    commitSizes.sessions.record(batch.length);
    commitSizes.reactions.record(
      Math.max(
        1,
        batch.reduce((sum, each) => sum + each.part.rows.length, 0),
      ),
    );
    try {
      try {
        const stored = await insert(batch.map((each) => each.part));
        for (const each of batch) each.resolve(stored.get(each.part.sessionId) ?? []);
      } catch (error) {
        if (batch.length === 1) {
          batch[0]?.reject(error);
          return;
        }
        await Promise.all(
          batch.map(async (each) => {
            try {
              each.resolve((await insert([each.part])).get(each.part.sessionId) ?? []);
            } catch (alone) {
              each.reject(alone);
            }
          }),
        );
      }
    } finally {
      running -= 1;
      startIfDue();
    }
  }

  function startIfDue() {
    if (running >= inFlight || waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    void run(batch);
  }

  /** Stores `part` with whatever else is ready; answers its stored rows (none: the session moved on). */
  function commit(part: SessionPart): Promise<StoredRow[]> {
    return new Promise((resolve, reject) => {
      const first = waiting.length === 0;
      waiting.push({ part, resolve, reject });
      // The parts of one event-loop turn go together even when nothing is under way.
      if (first) setImmediate(startIfDue);
    });
  }

  /**
   * One statement for all parts, of one shape whatever their number (arrays, unnested), so it is
   * prepared once per connection. The sessions are locked in the order of their ids, as every
   * other statement that locks several sessions does (group-actions.ts), so two never deadlock.
   */
  async function insert(parts: SessionPart[]): Promise<Map<string, StoredRow[]>> {
    const sorted = [...parts].sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1));
    const rows = sorted.flatMap((part) =>
      part.rows.map((row, position) => ({ ...row, sessionId: part.sessionId, position })),
    );
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
    const result = await pool.query<{ id: string; sessionId: string; createdAtMs: number }>({
      name: prepare ? "kring_commit_reactions" : undefined,
      text: `
        WITH parts AS (
          SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS p(sid, expected, n)
        ), locked AS (
          SELECT s."id", s."version" FROM "IntervisionSession" s
          WHERE s."id" = ANY($1::text[]) ORDER BY s."id" FOR UPDATE
        ), bumped AS (
          UPDATE "IntervisionSession" s
          SET "version" = s."version" + p.n, "updatedAt" = (now() AT TIME ZONE 'UTC')
          FROM parts p JOIN locked l ON l."id" = p.sid
          WHERE s."id" = p.sid AND l."version" = p.expected
          RETURNING s."id"
        ), stamped AS (
          SELECT v.*, (now() AT TIME ZONE 'UTC') + v.position * interval '1 millisecond' AS at
          FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
            $11::boolean[], $12::text[], $13::int[])
            AS v(id, "clientId", "sessionId", "roundId", "authorId", kind, text, anonymous, visibility, position)
          JOIN bumped b ON b."id" = v."sessionId"
        )
        INSERT INTO "Reaction" ("id", "clientId", "sessionId", "roundId", "authorId", "kind", "text",
          "anonymous", "visibility", "createdAt", "updatedAt", "revealedAt")
        SELECT id, "clientId", "sessionId", "roundId", "authorId", kind::"PostKind", text, anonymous,
          visibility::"ReactionVisibility", at, at, CASE WHEN visibility = 'revealed' THEN at END
        FROM stamped
        RETURNING "id", "sessionId", floor(extract(epoch FROM "createdAt") * 1000)::float8 AS "createdAtMs"`,
      values: [
        sorted.map((part) => part.sessionId),
        sorted.map((part) => part.expected),
        sorted.map((part) => part.rows.length),
        column("id"),
        column("clientId"),
        column("sessionId"),
        column("roundId"),
        column("authorId"),
        column("kind"),
        column("text"),
        column("anonymous"),
        column("visibility"),
        column("position"),
      ],
    });
    const stored = new Map<string, StoredRow[]>();
    for (const row of result.rows) {
      const list = stored.get(row.sessionId) ?? [];
      list.push({ id: row.id, createdAtMs: row.createdAtMs });
      stored.set(row.sessionId, list);
    }
    return stored;
  }

  return commit;
}

export type GroupCommit = ReturnType<typeof createGroupCommit>;
