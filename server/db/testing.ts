import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedDatabase } from "./embedded";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** `url` with its database name replaced by `database`. */
function onDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/**
 * A connection for CREATE and DROP DATABASE on DATABASE_URL's server. A scratch database needs only
 * the server, so when DATABASE_URL names a database that does not exist (3D000) it goes through the
 * server's own `postgres` database instead. When the server cannot be reached at all, one message
 * says what to do.
 */
async function connectAdmin(serverUrl: string): Promise<{ client: Client; url: string }> {
  let url = serverUrl;
  try {
    try {
      return { client: await connect(url), url };
    } catch (error) {
      if ((error as { code?: unknown }).code !== "3D000") throw error;
      url = onDatabase(serverUrl, "postgres");
      return { client: await connect(url), url };
    }
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot open database ${pathname.slice(1) || "(default)"} on ${hostname}:${port || 5432} for a scratch database (${reason}): start PostgreSQL there, fix DATABASE_URL, or unset it to use the embedded database`,
      { cause: error },
    );
  }
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
  const admin = await connectAdmin(serverUrl);
  try {
    await admin.client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.client.end();
  }
  return {
    url: onDatabase(serverUrl, name),
    async drop() {
      const client = await connect(admin.url);
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
