// `npm run bench:store`: what a durable store costs on this machine, apart from everything else on
// the live path, so that the live benchmark's fan-out can be read against it. On a scratch database
// of the kind the run uses (DATABASE_URL's server, else embedded PGlite on disk, in this process as
// in Kring's server), each at a steady rate (default 250 a second, as in the live benchmark), it times:
//   - a round trip that stores nothing (SELECT),
//   - the smallest durable write: one short row into a table with only a primary key, committed,
//   - Kring's hot path: a new reaction through the reaction writer (checked against the cached
//     session, then one statement that raises the session's version and inserts it, committed),
//     spread over 20 running sessions of 25 participants.
//   npm run bench:store -- --rate 250 --count 5000
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb, poolOf } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { startEmbeddedDatabase } from "@/server/db/embedded";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createReactionWriter } from "@/server/services/live/reaction-writer";
import { createRecordCache } from "@/server/services/live/record-cache";
import { createBenchRooms } from "./rooms";
import { summarize } from "./stats";

const { values } = parseArgs({
  options: { rate: { type: "string", default: "250" }, count: { type: "string", default: "5000" } },
});
const options = z
  .object({ rate: z.coerce.number().int().min(1).max(2000), count: z.coerce.number().int().min(100).max(100_000) })
  .parse(values);

/** Starts `work` `options.count` times at a steady rate (not waiting for one to end before the next) and times each. */
async function atRate(work: (index: number) => Promise<unknown>) {
  const times: number[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let index = 0; index < options.count; index++) {
    const wait = started + (index * 1000) / options.rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now();
    pending.push(work(index).then(() => void times.push(performance.now() - at)));
  }
  await Promise.all(pending);
  return summarize(times);
}

/** A scratch database that writes to disk as Kring's would: on DATABASE_URL's server, else embedded in a temporary folder. */
async function scratchOnDisk(): Promise<ScratchDatabase> {
  if (process.env.DATABASE_URL) return createScratchDatabase();
  const dir = mkdtempSync(join(tmpdir(), "kring-bench-store-"));
  const embedded = await startEmbeddedDatabase(dir);
  return {
    url: embedded.url,
    async drop() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const database = await scratchOnDisk();
  const db = createDb(database.url);
  try {
    await prepareDatabase(database.url, db);
    const { rooms } = await createBenchRooms(db, "benchmark-secret-that-is-long-enough-for-kring", {
      rooms: 20,
      participants: 25,
    });
    const { pool } = poolOf(db);
    await pool.query("CREATE TABLE bench_smallest_write (id text PRIMARY KEY)");
    const writer = createReactionWriter(db, createRecordCache(db), () => {});
    // Warm up every connection and the cache of every session.
    await Promise.all(rooms.map((_, index) => pool.query("SELECT 1").then(() => index)));
    const post = (index: number) => {
      const room = rooms[index % rooms.length];
      const participant = room?.participants[Math.floor(index / rooms.length) % room.participants.length];
      if (!room || !participant) throw new Error("no room");
      return writer.post(room.sessionId, participant.id, {
        clientId: randomUUID(),
        roundId: room.roundId,
        kind: "idea",
        text: `bench ${index}: what a participant might write about tenant participation, in a sentence or two`,
      });
    };
    for (let index = 0; index < rooms.length; index++) await post(index);
    const results = {
      at: new Date().toISOString(),
      database: process.env.DATABASE_URL ? "postgresql" : "embedded",
      options,
      roundTripMs: await atRate(() => pool.query("SELECT 1")),
      smallestDurableWriteMs: await atRate(() =>
        pool.query("INSERT INTO bench_smallest_write (id) VALUES ($1)", [randomUUID()]),
      ),
      newReactionMs: await atRate(post),
    };
    const line = (label: string, ms: ReturnType<typeof summarize>) =>
      console.log(`${label.padEnd(32)} p50/p95/p99 ${ms.p50}/${ms.p95}/${ms.p99} ms`);
    console.log(`store benchmark, ${results.database}, ${options.count} at ${options.rate} a second each:`);
    line("round trip (SELECT)", results.roundTripMs);
    line("smallest durable write", results.smallestDurableWriteMs);
    line("a new reaction (Kring's writer)", results.newReactionMs);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
