import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepBatchesWhole } from "./embedded-queue";
import { embeddedDatabaseUrl } from "./embedded-url";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres compiled to WASM, in this process) and serves it on 127.0.0.1 so that
 * Prisma and pg connect to it as to any Postgres server. `dataDir` null keeps it in memory.
 *
 * PGlite is single-connection; pglite-socket multiplexes its connections onto it, a whole batch or
 * transaction of one at a time (embedded-queue.ts). Callers should still use a small pool (see
 * client.ts): the connections take turns.
 */
export async function startEmbeddedDatabase(dataDir: string | null): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? join(dataDir, "pglite") : "memory://");
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  keepBatchesWhole(server, db);
  await server.start();
  const address = server.getServerConn();
  const url = embeddedDatabaseUrl(address);
  // Lets `npm run db:*` reach the running server's database instead of opening the files twice.
  const lockFile = dataDir ? join(dataDir, "embedded.json") : null;
  if (lockFile) writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url }));
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockFile) rmSync(lockFile, { force: true });
    },
  };
}
