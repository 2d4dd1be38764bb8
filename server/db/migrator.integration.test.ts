import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./database";
import { MigrationError, type MigrationFile, migrate, readMigrations } from "./migrator";
import { createScratchDatabase, type ScratchDatabase } from "./testing";

describe("migrator", () => {
  let database: ScratchDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createScratchDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database?.drop();
  });

  const recorded = async () =>
    (
      await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      )
    ).rows;

  it("applies every migration once and records it with its checksum", async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);

    const first = await migrate(client, migrations);
    expect(first.applied).toEqual(migrations.map((migration) => migration.name));
    expect(await recorded()).toEqual(
      migrations.map((migration) => ({ migration_name: migration.name, checksum: migration.checksum })),
    );
    const tables = await client.query(
      `SELECT to_regclass('"IntervisionSession"') AS session, to_regclass('"Lesson"') AS lesson`,
    );
    expect(tables.rows[0]).toEqual({ session: '"IntervisionSession"', lesson: '"Lesson"' });

    const second = await migrate(client, migrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(migrations.map((migration) => migration.name));
    expect(await recorded()).toHaveLength(migrations.length);
  });

  it("refuses a migration that was changed after it was applied, and changes nothing", async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    const [firstMigration, ...rest] = migrations as [MigrationFile, ...MigrationFile[]];
    const edited = { ...firstMigration, sql: `${firstMigration.sql}\n-- edited`, checksum: "0".repeat(64) };
    const extra: MigrationFile = {
      name: "99990101000000_would_be_new",
      sql: `CREATE TABLE "ShouldNotExist" (id int)`,
      checksum: "f".repeat(64),
    };
    await expect(migrate(client, [edited, ...rest, extra])).rejects.toThrow(MigrationError);
    await expect(migrate(client, [edited, ...rest, extra])).rejects.toThrow(/was changed after it was applied/);
    const table = await client.query(`SELECT to_regclass('"ShouldNotExist"') AS found`);
    expect(table.rows[0]).toEqual({ found: null });
    expect(await recorded()).toHaveLength(migrations.length);
  });

  it("refuses when an applied migration's folder is missing", async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    await expect(migrate(client, migrations.slice(1))).rejects.toThrow(/folder is missing/);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const migrations = readMigrations(MIGRATIONS_DIR);
    const broken: MigrationFile = {
      name: "99990101000000_broken",
      sql: `CREATE TABLE "HalfDone" (id int); SELECT * FROM "NoSuchTable";`,
      checksum: "e".repeat(64),
    };
    await expect(migrate(client, [...migrations, broken])).rejects.toThrow(/99990101000000_broken failed/);
    const table = await client.query(`SELECT to_regclass('"HalfDone"') AS found`);
    expect(table.rows[0]).toEqual({ found: null });
    expect((await recorded()).map((row) => row.migration_name)).not.toContain(broken.name);
  });
});
