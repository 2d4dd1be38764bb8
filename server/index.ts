import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { resolveAuthSecret } from "./auth/secret";
import { type Cluster, connectCluster } from "./cluster/redis";
import { shareLimitsThrough } from "./cluster/shared-limits";
import { disconnectDb, getDb } from "./db/client";
import { openDatabase, prepareDatabase } from "./db/database";
import { waitForDatabase } from "./db/wait";
import { parseEnv } from "./env";
import { markRequestOrigin, type OriginSettings, requestOriginOf } from "./http/forwarded";
import { baseHeaders, contentSecurityPolicy, newNonce } from "./http/security-headers";
import { createLogger } from "./logger";
import { startMetrics } from "./metrics";
import { createRealtime } from "./realtime/create-realtime";
import { startRetentionSweeps } from "./retention";

/** Connections the kernel may hold for Kring before it accepts them (see the listen call). */
const LISTEN_BACKLOG = 4096;

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
  if (!database.embedded) await waitForDatabase(database.url, env.KRING_DB_WAIT_SECONDS, log);
  const db = getDb();
  const prepared = await prepareDatabase(database.url, db);
  log.info(
    `database ready (${database.embedded ? "embedded" : "external"}): ` +
      `${prepared.migrations.applied.length} migration(s) applied, ${prepared.seeded.lessons} lessons, ${prepared.seeded.methods} methods`,
  );

  // Several nodes: the Redis they share, before anything counts a limit or opens a room.
  let cluster: Cluster | undefined;
  if (env.REDIS_URL) {
    cluster = await connectCluster(env.REDIS_URL, database.url, log, env.KRING_DB_WAIT_SECONDS);
    shareLimitsThrough(cluster);
    log.info(`cluster: node ${cluster.nodeId} on Redis`);
  }

  // Next fetches redirect targets of server actions from itself: tell it where it listens.
  const app = next({ dev, dir: process.cwd(), turbopack: dev, hostname: "localhost", port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const originSettings: OriginSettings = {
    trustedProxies: env.KRING_TRUSTED_PROXIES,
    publicUrl: env.KRING_PUBLIC_URL,
    internalToken: randomBytes(24).toString("base64url"),
  };
  const httpServer = createServer((req, res) => {
    const origin = requestOriginOf(req, originSettings);
    // Replaces whatever forwarding headers a client sent with what Kring trusts (sign-in throttle,
    // next-auth's URLs and cookies, links people share).
    markRequestOrigin(req, origin, originSettings.internalToken);
    // One policy with a fresh nonce, on the request (Next reads the nonce from it while rendering)
    // and on the response; the other headers on every response, whatever Next answers.
    const policy = contentSecurityPolicy({ nonce: newNonce(), origin, dev });
    req.headers["content-security-policy"] = policy;
    res.setHeader("Content-Security-Policy", policy);
    for (const [name, value] of Object.entries(baseHeaders(origin))) res.setHeader(name, value);
    void handle(req, res);
  });
  const realtime = createRealtime(httpServer, {
    db,
    env,
    log,
    secret: process.env.AUTH_SECRET,
    originSettings,
    cluster,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    // After a restart every open screen reconnects within seconds: a queue of half-open connections
    // longer than Node's default (511) keeps the kernel from dropping them, which would cost each
    // dropped client a SYN retry of 1 to 7 s. The kernel caps it at net.core.somaxconn.
    httpServer.listen({ port: env.PORT, host: env.HOST, backlog: LISTEN_BACKLOG }, resolve);
  });
  // On several nodes, one sweeps at a time (a PostgreSQL advisory lock decides which).
  const stopRetention = startRetentionSweeps(db, log, { exclusive: !database.embedded });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const limitMs = env.KRING_STOP_TIMEOUT_SECONDS * 1000;
    log.info(`${signal}: stopping (at most ${env.KRING_STOP_TIMEOUT_SECONDS} s)`);
    // Whatever hangs (a database that does not answer, a client that does not let go), the process
    // ends in bounded time: a deploy or an operator waiting on it must not wait forever.
    setTimeout(() => {
      log.info(`stopping took longer than ${env.KRING_STOP_TIMEOUT_SECONDS} s: exiting now`);
      process.exit(1);
    }, limitMs).unref();
    // Stop taking new connections, tell clients to reconnect, let in-flight live handlers finish
    // (commits in flight get most of the time left), then close the database.
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await realtime.close(limitMs * 0.7);
    await stopRetention();
    await cluster?.close();
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
  // Where Next fetches a server action's redirect target from itself: plain http on the port it
  // really listens on, as Next's own start-server sets it. Without it Next builds the address from
  // X-Forwarded-Proto (https behind a TLS proxy, which this port does not speak) and the PORT
  // setting (0 in tests), and logs a failed fetch after every such action.
  process.env.__NEXT_PRIVATE_ORIGIN = `http://localhost:${port}`;
  // Always printed, whatever KRING_LOG says: people (and scripts) wait for this line, so it comes
  // only once the signal handlers are in place.
  console.log(`Kring is running on http://localhost:${port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
