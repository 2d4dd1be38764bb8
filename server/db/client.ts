import { PrismaPg } from "@prisma/adapter-pg";
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

/**
 * A Prisma client for `url`. The pool size comes from DATABASE_POOL_MAX, which database.ts sets to 1
 * for the embedded database (PGlite runs one statement at a time).
 */
export function createDb(url: string, poolMax = Number(process.env.DATABASE_POOL_MAX) || 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  return new PrismaClient({ adapter });
}

/** Closes the shared client, if one was made. */
export async function disconnectDb(): Promise<void> {
  const holder = globalThis as DbGlobal;
  const client = holder.kringPrisma;
  holder.kringPrisma = undefined;
  await client?.$disconnect();
}
