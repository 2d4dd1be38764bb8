import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";

/**
 * The embedded database serves many connections from PGlite's one session. Each connection's
 * queries must come back as if it were alone: parameterized queries (Parse, Bind, Execute, Sync)
 * of several connections at once, and transactions beside them (embedded-queue.ts).
 */
describe("the embedded database with several connections at once", () => {
  let database: EmbeddedDatabase | undefined;
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    database = await startEmbeddedDatabase(null);
    for (let i = 0; i < 6; i++) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      clients.push(client);
    }
    await clients[0]?.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await clients[0]?.query("INSERT INTO counter VALUES (1, 0)");
  });

  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await database?.stop();
  });

  it("answers each connection's parameterized queries with its own results", async () => {
    // Queries of different shapes and parameter types: one bound to another's statement would fail
    // or come back with the other's columns. (On a quiet machine the old queue mostly got this
    // right by luck of timing; on a busy one it did not.)
    const answers = await Promise.all(
      clients.map(async (client, c) => {
        const wrong: string[] = [];
        for (let i = 0; i < 150; i++) {
          if (c % 2 === 0) {
            const { rows } = await client.query("SELECT $1::int + $2::int AS sum", [c, i]);
            if (rows[0]?.sum !== c + i) wrong.push(`sum ${JSON.stringify(rows[0])}`);
          } else {
            const { rows } = await client.query("SELECT upper($1::text) AS word, $2::int AS at", [`w${c}`, i]);
            if (rows[0]?.word !== `W${c}` || rows[0]?.at !== i) wrong.push(`word ${JSON.stringify(rows[0])}`);
          }
        }
        return wrong;
      }),
    );
    expect(answers.flat()).toEqual([]);
  });

  it("keeps transactions whole beside other connections' queries", async () => {
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < 20; i++) {
          if (c < 3) {
            await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
            const { rows } = await client.query("SELECT n FROM counter WHERE id = $1", [1]);
            await client.query("UPDATE counter SET n = $1 WHERE id = $2", [(rows[0]?.n as number) + 1, 1]);
            await client.query("COMMIT");
          } else {
            await client.query("SELECT n FROM counter WHERE id = $1", [1]);
          }
        }
      }),
    );
    const rows = (await clients[0]?.query("SELECT n FROM counter WHERE id = 1"))?.rows;
    // One session runs one transaction at a time: no update is lost.
    expect(rows?.[0]?.n).toBe(60);
  });
});
