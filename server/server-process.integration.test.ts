import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { embeddedUrl, startServerProcess } from "@/server/testing/server-process";

/**
 * The real server process (server/index.ts), as `npm start` runs it: one port for pages and the
 * live channel, and a clean stop on SIGTERM that keeps every stored row.
 */
describe("the Kring server process", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kring-process-"));
  let scratch: ScratchDatabase | null = null;

  beforeAll(async () => {
    if (process.env.DATABASE_URL) scratch = await createScratchDatabase();
  });
  afterAll(async () => {
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () => startServerProcess({ PORT: "0", KRING_DATA_DIR: dataDir, DATABASE_URL: scratch?.url ?? "" });

  /** The database the server uses: the scratch one, or the embedded one it announced. */
  function databaseUrl(): string {
    if (scratch) return scratch.url;
    return embeddedUrl(dataDir);
  }

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it("serves pages and the live channel on one port, stops cleanly on SIGTERM, and keeps its data", async () => {
    const first = await start();
    const page = await fetch(`http://localhost:${first.port}/decks`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Intervisielessen professioneel participeren");

    const socket = connect(`http://localhost:${first.port}`, { transports: ["websocket"], reconnection: false });
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    const clock = await new Promise<unknown>((resolve) => socket.emit("clock:sync", { clientSentAt: 1 }, resolve));
    expect(clock).toMatchObject({ ok: true });

    await query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
      "user-kept",
      "kept@example.org",
      "Kept",
      "x",
    ]);

    const told = new Promise<void>((resolve) => socket.once("server:restarting", resolve));
    const disconnected = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    const exited = new Promise<number | null>((resolve) => first.child.once("exit", resolve));
    first.child.kill("SIGTERM");
    await told;
    await disconnected;
    expect(await exited).toBe(0);
    expect(first.output()).toContain("stopped");
    if (!scratch) expect(existsSync(join(dataDir, "db", "embedded.json"))).toBe(false);

    const second = await start();
    expect(second.output()).toContain("0 migration(s) applied");
    const rows = await query<{ email: string }>(`SELECT email FROM "User" WHERE id = 'user-kept'`);
    expect(rows).toEqual([{ email: "kept@example.org" }]);
    const lessons = await query<{ count: string }>(`SELECT count(*)::text AS count FROM "Lesson"`);
    expect(lessons).toEqual([{ count: "24" }]);
    const stopped = new Promise<number | null>((resolve) => second.child.once("exit", resolve));
    second.child.kill("SIGINT");
    expect(await stopped).toBe(0);
  }, 120_000);
});
