import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ClientBase } from "pg";

/**
 * Applies Prisma-format migrations (prisma/migrations/<timestamp>_<name>/migration.sql) without
 * Prisma's native schema engine, which cannot be had on Kring's machines. Each migration runs in
 * its own transaction and is recorded in Prisma's own `_prisma_migrations` table with a sha256
 * checksum, so `prisma migrate deploy` could take over on a machine that has the engine.
 */

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

const LOCK_KEY = 727_314_001; // any constant: serialises concurrent migrators on one database

/** Reads the migration folders in order. */
export function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies every migration that is not recorded yet. Refuses, before changing anything, when a
 * recorded migration's file has changed, is missing, or failed earlier.
 */
export async function migrate(client: ClientBase, migrations: MigrationFile[]): Promise<MigrationReport> {
  // Nodes that start at once on a new database take turns, from the first statement on (two
  // concurrent CREATE TABLE IF NOT EXISTS can still clash in PostgreSQL's catalogue).
  await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const known = new Set(migrations.map((migration) => migration.name));
    for (const row of rows) {
      if (!known.has(row.migration_name)) {
        throw new MigrationError(
          `Migration ${row.migration_name} was applied to this database but its folder is missing.`,
        );
      }
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed earlier; repair the database before going on.`,
        );
      }
    }
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const row = recorded.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied. Write a new migration instead of editing an applied one.`,
          );
        }
        report.alreadyApplied.push(migration.name);
      }
    }
    for (const migration of migrations) {
      if (recorded.has(migration.name)) continue;
      await applyOne(client, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
}

async function applyOne(client: ClientBase, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
