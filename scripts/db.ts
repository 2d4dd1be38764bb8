// `npm run db:migrate | db:seed | db:reset`: the database chores, each safe to run twice.
// Uses DATABASE_URL, else the embedded database in the data folder. When Kring is running on the
// embedded database, its files are in use: these commands then talk to the running server's database.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { z } from "zod";
import { createDb } from "@/server/db/client";
import { migrateDatabase, openDatabase } from "@/server/db/database";
import { seed } from "@/server/db/seed";
import { parseEnv } from "@/server/env";

const command = z.enum(["migrate", "seed", "reset"]).parse(process.argv[2]);
const env = parseEnv();

/** The URL of a running Kring's embedded database, if one is running on this data folder. */
function runningEmbeddedUrl(): string | null {
  const lockFile = join(env.KRING_DATA_DIR, "db", "embedded.json");
  if (!existsSync(lockFile)) return null;
  const running = z.object({ pid: z.number(), url: z.string() }).safeParse(JSON.parse(readFileSync(lockFile, "utf8")));
  if (!running.success) return null;
  try {
    process.kill(running.data.pid, 0);
    return running.data.url;
  } catch {
    return null; // left behind by a server that is gone
  }
}

async function main() {
  const shared = env.DATABASE_URL ? null : runningEmbeddedUrl();
  if (command === "reset" && !env.DATABASE_URL && !shared) {
    // The embedded database is just files: start again from nothing.
    rmSync(join(env.KRING_DATA_DIR, "db"), { recursive: true, force: true });
  }
  const database = shared ? null : await openDatabase(env);
  const url = shared ?? database?.url ?? "";
  try {
    if (command === "reset" && (env.DATABASE_URL || shared)) {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
      await client.end();
    }
    const migrations = await migrateDatabase(url);
    console.log(
      `migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already applied`,
    );
    if (command !== "migrate") {
      const db = createDb(url, 1);
      const report = await seed(db);
      await db.$disconnect();
      console.log(
        `seeded: ${report.lessons} lessons in ${report.decks} deck, ${report.methods} methods with ${report.phases} phases`,
      );
    }
  } finally {
    await database?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
