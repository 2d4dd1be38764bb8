import { join, resolve } from "node:path";
import { Client } from "pg";
import type { KringEnv } from "@/server/env";
import type { Db } from "./client";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { migrate, readMigrations } from "./migrator";
import { seed } from "./seed";

export const MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Finds the database: DATABASE_URL when set, otherwise the embedded PGlite in the data folder.
 * Sets DATABASE_URL (and the pool size) for the rest of the process, so getDb() finds it.
 */
export async function openDatabase(env: Pick<KringEnv, "DATABASE_URL" | "KRING_DATA_DIR">): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase(join(env.KRING_DATA_DIR, "db"));
    url = embedded.url;
    process.env.DATABASE_POOL_MAX ??= "1";
  }
  process.env.DATABASE_URL = url;
  return { url, embedded: embedded !== null, close: async () => embedded?.stop() };
}

/** Applies pending migrations with a connection of its own. */
export async function migrateDatabase(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await migrate(client, readMigrations(MIGRATIONS_DIR));
  } finally {
    await client.end();
  }
}

/** Migrates, then seeds the shipped content. */
export async function prepareDatabase(url: string, db: Db) {
  const migrations = await migrateDatabase(url);
  const seeded = await seed(db);
  return { migrations, seeded };
}
