import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { resolveAuthSecret } from "./auth/secret";
import { disconnectDb, getDb } from "./db/client";
import { openDatabase, prepareDatabase } from "./db/database";
import { parseEnv } from "./env";
import { createLogger } from "./logger";
import { startMetrics } from "./metrics";
import { createRealtime } from "./realtime/create-realtime";
import { startRetentionSweeps } from "./retention";

/**
 * Kring's one process: one HTTP server that serves the Next.js pages and the Socket.io live
 * channel on the same port, on the embedded database unless DATABASE_URL names another.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  // Read before Next touches NODE_ENV: "production" here is the operator's explicit choice.
  const env = parseEnv();
  const log = createLogger(env.KRING_LOG);
  process.env.AUTH_SECRET = resolveAuthSecret({
    configured: env.AUTH_SECRET,
    production: env.NODE_ENV === "production",
    dataDir: env.KRING_DATA_DIR,
  });

  const database = await openDatabase(env);
  const db = getDb();
  const prepared = await prepareDatabase(database.url, db);
  log.info(
    `database ready (${database.embedded ? "embedded" : "external"}): ` +
      `${prepared.migrations.applied.length} migration(s) applied, ${prepared.seeded.lessons} lessons, ${prepared.seeded.methods} methods`,
  );

  // Next fetches redirect targets of server actions from itself: tell it where it listens.
  const app = next({ dev, dir: process.cwd(), turbopack: dev, hostname: "localhost", port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const httpServer = createServer((req, res) => {
    markClientAddress(req);
    void handle(req, res);
  });
  const realtime = createRealtime(httpServer, { db, env, log, secret: process.env.AUTH_SECRET });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });
  const stopRetention = startRetentionSweeps(db, log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    // Stop taking new connections, let in-flight live handlers finish, then close the database.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await realtime.close();
    await stopRetention();
    httpServer.closeAllConnections();
    await closed;
    await app.close?.();
    await disconnectDb();
    await database.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  if (env.KRING_METRICS_FILE) startMetrics(env.KRING_METRICS_FILE, realtime.io);
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  // Always printed, whatever KRING_LOG says: people (and scripts) wait for this line, so it comes
  // only once the signal handlers are in place.
  console.log(`Kring is running on http://localhost:${port}`);
}

/**
 * Passes the peer's address to Next (sign-in throttling reads it). It overwrites any header of that
 * name that the client sent, so it cannot be spoofed.
 */
function markClientAddress(req: IncomingMessage) {
  req.headers["x-kring-client-ip"] = req.socket.remoteAddress ?? "unknown";
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
