import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedDatabase } from "./embedded";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file, on the same kind of database the run uses: with
 * DATABASE_URL a new database on that server (dropped afterwards), else an in-memory PGlite.
 */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase(null);
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `kring_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
