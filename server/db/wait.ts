import { Client } from "pg";
import type { Logger } from "@/server/logger";

/**
 * Waits for the database at `url` to accept a connection, retrying with backoff (0.5 s doubling up
 * to 5 s) for at most `seconds`, with one clear line per attempt. Kring started together with its
 * database (a reboot, a compose file) or while it restarts then waits instead of exiting at once.
 */
export async function waitForDatabase(url: string, seconds: number, log: Logger): Promise<void> {
  const where = placeOf(url);
  const giveUpAt = Date.now() + seconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      if (attempt > 1) log.info(`database at ${where} is reachable: starting`);
      return;
    } catch (error) {
      const reason = reasonOf(error);
      const left = giveUpAt - Date.now();
      if (left <= 0) {
        throw new Error(
          `Kring could not reach its database at ${where} (${reason}) and gave up after ${seconds} s. ` +
            "Is PostgreSQL running, and is DATABASE_URL right? KRING_DB_WAIT_SECONDS sets how long Kring waits.",
        );
      }
      const wait = Math.min(left, 500 * 2 ** Math.min(attempt - 1, 4), 5000);
      log.info(
        `database at ${where} not reachable (${reason}); trying again in ${(wait / 1000).toFixed(1)} s ` +
          `(giving up after ${seconds} s, KRING_DB_WAIT_SECONDS)`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** host:port/database, without the user or password. */
function placeOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

function reasonOf(error: unknown): string {
  if (error && typeof error === "object") {
    const shaped = error as { code?: unknown; message?: unknown };
    if (typeof shaped.code === "string") return shaped.code;
    if (typeof shaped.message === "string") return shaped.message.split("\n")[0] ?? "unknown";
  }
  return String(error);
}
