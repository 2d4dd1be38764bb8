import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isEmbeddedUrl } from "./embedded-url";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
export { Prisma } from "./generated/client";

interface DbGlobal {
  kringPrisma?: PrismaClient;
}

/**
 * The one Prisma client of this process. The custom server and Next's bundled server code share it
 * through globalThis, so there is one connection pool. DATABASE_URL is set by server/db/database.ts
 * (which may have started the embedded database) before anything asks for it.
 */
export function getDb(): PrismaClient {
  const holder = globalThis as DbGlobal;
  if (!holder.kringPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start Kring with server/index.ts or scripts/db.ts");
    holder.kringPrisma = createDb(url);
  }
  return holder.kringPrisma;
}

/** The connection pool under each client, for the one statement that skips Prisma (see `poolOf`). */
const pools = new WeakMap<PrismaClient, { pool: pg.Pool; embedded: boolean }>();

/**
 * A Prisma client for `url`. The pool size comes from DATABASE_POOL_MAX, which database.ts sets to 1
 * for the embedded database (PGlite runs one statement at a time). The client owns its pool and
 * closes it on `$disconnect()`.
 */
export function createDb(url: string, poolMax = Number(process.env.DATABASE_POOL_MAX) || 10): PrismaClient {
  // A database that does not answer (a dropped network) fails a request after 5 s instead of never.
  // The embedded one runs in this process, so a wait there is its one connection's queue: it gets
  // 15 s (Prisma's maxWait for a live transaction), enough for a queue that admission keeps short
  // (create-realtime.ts), and still an end to a wait that would otherwise never end.
  const embedded = isEmbeddedUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: embedded ? 15_000 : 5000 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, { pool, embedded });
  return client;
}

/**
 * The pg pool under a client made by `createDb`, for the live channel's hot path
 * (reaction-writer.ts): a statement sent straight to pg, prepared once per connection, answers
 * in about two thirds of the time the same statement takes through Prisma (`npm run bench:live`).
 * `prepare` is false on the embedded database: PGlite serves every connection from one backend,
 * which keeps prepared statements across reconnects, so a name could be prepared twice.
 */
export function poolOf(db: PrismaClient): { pool: pg.Pool; prepare: boolean } {
  const entry = pools.get(db);
  if (!entry) throw new Error("poolOf: this client was not made by createDb");
  return { pool: entry.pool, prepare: !entry.embedded };
}

/** Closes the shared client, if one was made. */
export async function disconnectDb(): Promise<void> {
  const holder = globalThis as DbGlobal;
  const client = holder.kringPrisma;
  holder.kringPrisma = undefined;
  await client?.$disconnect();
}
