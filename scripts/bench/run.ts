// `npm run bench`: Kring's live channel under load, against a bare Socket.io relay as the baseline,
// in one run. Rooms x participants (default 20 x 25); each participant posts a reaction every 2 s
// for 60 s. All traffic stays on loopback, bounded in clients and time. Prints a summary and writes
// bench-results/bench-<time>.json.
// A warm-up (default 5 s) under the same load comes first for both; its figures are reported apart.
// --profile writes a CPU profile of Kring's server to bench-results/profiles (open it in Chrome's
// DevTools). --nodes 2 (DATABASE_URL and REDIS_URL needed) runs two Kring nodes on Redis against two
// relays on the same Redis adapter, each room on one node (as a proxy that routes by session puts
// them); --split spreads each room's members over the nodes instead.
// --steps 4000,2000,1000,500 runs both at each interval in turn (the load stepping up) and reports
// the knee: the most posts a second each serves with a fan-out p95 under 100 ms.
//   npm run bench -- --rooms 20 --participants 25 --duration 60 --interval 2000 --warmup 5 [--profile] [--nodes 2] [--steps a,b,c]
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { liveAuth } from "@/lib/realtime/events";
import { participantCookieName } from "@/server/auth/participant-credential";
import { createDb } from "@/server/db/client";
import { createScratchDatabase } from "@/server/db/testing";
import { embeddedUrl, freePort, type RunningServer, startServerProcess } from "@/server/testing/server-process";
import { createBenchRooms } from "./rooms";

const { values } = parseArgs({
  options: {
    rooms: { type: "string", default: "20" },
    participants: { type: "string", default: "25" },
    duration: { type: "string", default: "60" },
    interval: { type: "string", default: "2000" },
    warmup: { type: "string", default: "5" },
    profile: { type: "boolean", default: false },
    nodes: { type: "string", default: "1" },
    steps: { type: "string", default: "" },
    split: { type: "boolean", default: false },
  },
});
const options = z
  .object({
    rooms: z.coerce.number().int().min(1).max(400),
    participants: z.coerce.number().int().min(2).max(50),
    duration: z.coerce.number().int().min(5).max(300),
    interval: z.coerce.number().int().min(200).max(60_000),
    warmup: z.coerce.number().int().min(0).max(60),
    profile: z.boolean(),
    nodes: z.coerce.number().int().min(1).max(4),
    split: z.boolean(),
    steps: z
      .string()
      .transform((value) => value.split(",").filter(Boolean).map(Number))
      .pipe(z.array(z.number().int().min(200).max(60_000)).max(8)),
  })
  .refine((value) => value.nodes === 1 || (process.env.DATABASE_URL && process.env.REDIS_URL), {
    message: "--nodes above 1 needs DATABASE_URL and REDIS_URL",
  })
  .parse(values);
const SECRET = "benchmark-secret-that-is-long-enough-for-kring";

const roundedPercentiles = (ms: Record<"p50" | "p95" | "p99", number>) => ({
  p50: Math.round(ms.p50 * 10) / 10,
  p95: Math.round(ms.p95 * 10) / 10,
  p99: Math.round(ms.p99 * 10) / 10,
});

/** Resident memory of these processes together. */
function rssBytes(pids: readonly (number | undefined)[]): number {
  let total = 0;
  for (const pid of pids) {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}

/** CPU time (user and system) these processes have used, in ms. */
function cpuMs(pids: readonly (number | undefined)[]): number {
  let ticks = 0;
  for (const pid of pids) {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return ticks * 10;
}

/** The PostgreSQL server's processes on this machine (none with the embedded database, which runs in Kring's). */
function postgresPids(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU time of these PostgreSQL processes, in ms (one that ended meanwhile is left out). */
function databaseCpuMs(pids: readonly number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      times.set(pid, cpuMs([pid]));
    } catch {
      // Ended meanwhile.
    }
  }
  return times;
}

/**
 * Runs the load generator on a plan; returns its result and the server's memory per connection.
 * `measureFrom` is called when the warm-up ends.
 */
async function runLoad(
  plan: { warmupMs: number; [key: string]: unknown },
  serverPids: readonly (number | undefined)[],
  measureFrom: () => void,
) {
  const planFile = join(mkdtempSync(join(tmpdir(), "kring-bench-")), "plan.json");
  writeFileSync(planFile, JSON.stringify(plan));
  const rssBefore = rssBytes(serverPids);
  const load: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/bench/load.ts", planFile], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let buffer = "";
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const index = buffer.indexOf("\n");
        if (index < 0) return false;
        resolve(buffer.slice(0, index));
        buffer = buffer.slice(index + 1);
        return true;
      };
      if (check()) return;
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString();
        if (check()) load.stdout?.off("data", onData);
      };
      load.stdout?.on("data", onData);
      load.once("exit", (code) => reject(new Error(`load generator exited with ${code}`)));
    });
  const connected = JSON.parse(await nextLine()) as { connected: number };
  const rssConnected = rssBytes(serverPids);
  load.stdin?.write("go\n");
  // Posting starts once every screen has its view.
  await nextLine();
  let cpuFrom = { server: 0, load: 0, database: new Map<number, number>() };
  const warmedUp = setTimeout(() => {
    cpuFrom = { server: cpuMs(serverPids), load: cpuMs([load.pid]), database: databaseCpuMs(postgresPids()) };
    measureFrom();
  }, plan.warmupMs);
  const result = JSON.parse(await nextLine());
  clearTimeout(warmedUp);
  // The server's CPU time per post of the measured part, and what the load generator took meanwhile.
  const measuredPosts = Math.max(1, result.sent - (result.warmupSent ?? 0));
  const serverCpuUsPerPost = Math.round(((cpuMs(serverPids) - cpuFrom.server) * 1000) / measuredPosts);
  const loadCpuUsPerPost = Math.round(((cpuMs([load.pid]) - cpuFrom.load) * 1000) / measuredPosts);
  let databaseMs = 0;
  for (const [pid, ms] of databaseCpuMs([...cpuFrom.database.keys()]))
    databaseMs += ms - (cpuFrom.database.get(pid) ?? ms);
  const databaseCpuUsPerPost = Math.round((databaseMs * 1000) / measuredPosts);
  return {
    ...result,
    serverCpuUsPerPost,
    loadCpuUsPerPost,
    databaseCpuUsPerPost,
    connections: connected.connected,
    serverMemoryPerConnectionKiB: Math.round((rssConnected - rssBefore) / connected.connected / 1024),
  };
}

async function benchBaseline(intervalMs: number) {
  const ports = await Promise.all(Array.from({ length: options.nodes }, () => freePort()));
  // Several nodes: on the same Redis adapter as Kring's, under a key of this run's own.
  const redis = options.nodes > 1 ? [process.env.REDIS_URL ?? "", `bench-relay:${randomUUID()}`] : [];
  const servers = ports.map((port) =>
    spawn(process.execPath, ["--import", "tsx", "scripts/bench/baseline-server.ts", String(port), ...redis], {
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  await Promise.all(
    servers.map((server) => new Promise<void>((resolve) => server.stdout?.once("data", () => resolve()))),
  );
  const rooms = Array.from({ length: options.rooms }, (_, room) =>
    Array.from({ length: options.participants }, () => ({ auth: { room: `room-${room}` } })),
  );
  try {
    return await runLoad(
      {
        target: "baseline",
        urls: ports.map((port) => `http://127.0.0.1:${port}`),
        spread: options.split ? "member" : "room",
        rooms,
        durationMs: options.duration * 1000,
        warmupMs: options.warmup * 1000,
        intervalMs,
      },
      servers.map((server) => server.pid),
      () => {},
    );
  } finally {
    for (const server of servers) server.kill("SIGKILL");
  }
}

async function benchKring(intervalMs: number) {
  const dataDir = mkdtempSync(join(tmpdir(), "kring-bench-data-"));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase() : null;
  const metricsFiles = Array.from({ length: options.nodes }, (_, node) => join(dataDir, `metrics-${node}.json`));
  // One after the other: each node migrates and seeds the database at its start.
  const servers: RunningServer[] = [];
  for (const metricsFile of metricsFiles) {
    servers.push(
      await startServerProcess(
        {
          PORT: "0",
          KRING_DATA_DIR: dataDir,
          DATABASE_URL: scratch?.url ?? "",
          AUTH_SECRET: SECRET,
          KRING_LOG: "silent",
          KRING_METRICS_FILE: metricsFile,
          ...(options.nodes > 1 ? { REDIS_URL: process.env.REDIS_URL ?? "" } : {}),
        },
        options.profile ? ["--cpu-prof", "--cpu-prof-dir=bench-results/profiles"] : [],
      ),
    );
  }
  const dbUrl = scratch?.url ?? embeddedUrl(dataDir);
  const db = createDb(dbUrl, 1);
  try {
    const { facilitatorId, rooms: created } = await createBenchRooms(db, SECRET, {
      rooms: options.rooms,
      participants: options.participants,
    });
    const rooms = created.map((room) =>
      room.participants.map((participant) => ({
        cookie: `${participantCookieName(room.sessionId)}=${participant.cookieValue}`,
        auth: liveAuth(room.sessionId, "participant"),
        roundId: room.roundId,
      })),
    );
    const result = await runLoad(
      {
        target: "kring",
        urls: servers.map((server) => `http://127.0.0.1:${server.port}`),
        spread: options.split ? "member" : "room",
        rooms,
        durationMs: options.duration * 1000,
        warmupMs: options.warmup * 1000,
        intervalMs,
      },
      servers.map((server) => server.child.pid),
      // The servers' own figures (event-loop delay, hot-path timings) start with the measured part.
      () => {
        for (const server of servers) server.child.kill("SIGUSR2");
      },
    );
    // Writes whose acks timed out may still be landing: wait until the count stops moving.
    const counts = async () => {
      const [row] = await db.$queryRaw<{ total: bigint; distinct: bigint }[]>`
        SELECT count(*) AS total, count(DISTINCT r."clientId") AS distinct
        FROM "Reaction" r JOIN "IntervisionSession" s ON s.id = r."sessionId" WHERE s."facilitatorId" = ${facilitatorId}`;
      return { total: Number(row?.total ?? 0), distinct: Number(row?.distinct ?? 0) };
    };
    let settled = await counts();
    for (let tries = 0; tries < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const next = await counts();
      if (next.total === settled.total) break;
      settled = next;
    }
    // The first node's hot-path timings; the worst event-loop delay of any node.
    const allMetrics = metricsFiles.map((file) => JSON.parse(readFileSync(file, "utf8")));
    const metrics = {
      ...allMetrics[0],
      eventLoopDelayP99Ms: Math.max(...allMetrics.map((each) => each.eventLoopDelayP99Ms)),
    };
    const stored = settled.total;
    const distinct = settled.distinct;
    return {
      ...result,
      storedReactions: stored,
      duplicatedReactions: stored - distinct,
      lostReactions: Math.max(0, result.sent - result.ackFailures - stored),
      reactionsStoredPerSecond: Math.round((stored / (options.duration + options.warmup)) * 10) / 10,
      eventLoopDelayP99Ms: Math.round(metrics.eventLoopDelayP99Ms * 10) / 10,
      serverPostToPatchMs: roundedPercentiles(metrics.postedMs),
      waitedMs: roundedPercentiles(metrics.waitedMs),
      storeMs: roundedPercentiles(metrics.storedMs),
      commitsPerSecond: Math.round(metrics.commits / options.duration),
      sessionsPerCommit: metrics.sessionsPerCommit,
      reactionsPerCommit: metrics.reactionsPerCommit,
      gcMsPerSecond: Math.round(metrics.gcMs / options.duration),
      gcPauseP99Ms: metrics.gcPauseP99Ms,
      gcPauseMaxMs: metrics.gcPauseMaxMs,
      database: scratch ? "postgresql" : "embedded",
      nodes: options.nodes,
    };
  } finally {
    await db.$disconnect();
    await Promise.all(
      servers.map((server) => {
        server.child.kill("SIGTERM");
        return new Promise((resolve) => server.child.once("exit", resolve));
      }),
    );
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The knee: a fan-out p95 above this is where a room starts to feel the load. */
const KNEE_P95_MS = 100;

/** Both at each interval, the load stepping up; a table side by side, and each one's knee. */
async function stepped() {
  const rows: {
    interval: number;
    postsPerSecond: number;
    relayP95: number;
    kringP95: number;
    storeP95: number;
    relayCpuUs: number;
    kringCpuUs: number;
  }[] = [];
  for (const interval of options.steps) {
    const postsPerSecond = Math.round((options.rooms * options.participants * 1000) / interval);
    console.log(`step: a post every ${interval} ms (${postsPerSecond} posts/s)`);
    const baseline = await benchBaseline(interval);
    const kring = await benchKring(interval);
    rows.push({
      interval,
      postsPerSecond,
      relayP95: baseline.fanoutMs.p95,
      kringP95: kring.fanoutMs.p95,
      storeP95: kring.storeMs.p95,
      relayCpuUs: baseline.serverCpuUsPerPost,
      kringCpuUs: kring.serverCpuUsPerPost + kring.databaseCpuUsPerPost,
    });
    console.log(
      `  relay p95 ${baseline.fanoutMs.p95} ms; kring p95 ${kring.fanoutMs.p95} ms, store p95 ${kring.storeMs.p95} ms, lost ${kring.lostReactions}, duplicated ${kring.duplicatedReactions}`,
    );
  }
  const knee = (p95: (row: (typeof rows)[number]) => number) =>
    Math.max(0, ...rows.filter((row) => p95(row) <= KNEE_P95_MS).map((row) => row.postsPerSecond));
  const report = {
    at: new Date().toISOString(),
    options,
    steps: rows,
    kneePostsPerSecond: { relay: knee((row) => row.relayP95), kring: knee((row) => row.kringP95) },
  };
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-steps-${report.at.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(
    "\n| posts/s | relay p95 | Kring p95 | store p95 | CPU per post: relay | Kring and PostgreSQL |\n|---|---|---|---|---|---|",
  );
  for (const row of rows) {
    console.log(
      `| ${row.postsPerSecond} | ${row.relayP95} ms | ${row.kringP95} ms | ${row.storeP95} ms | ${row.relayCpuUs} µs | ${row.kringCpuUs} µs |`,
    );
  }
  console.log(
    `knee (fan-out p95 <= ${KNEE_P95_MS} ms): relay ${report.kneePostsPerSecond.relay} posts/s, Kring ${report.kneePostsPerSecond.kring} posts/s`,
  );
  console.log(`written to ${file}`);
}

async function main() {
  if (options.steps.length > 0) return stepped();
  console.log(
    `bench: ${options.rooms} rooms x ${options.participants} participants on ${options.nodes} node(s)${options.split ? " (rooms split)" : ""}, a post every ${options.interval} ms for ${options.warmup} s of warm-up, then ${options.duration} s measured`,
  );
  const baseline = await benchBaseline(options.interval);
  console.log("baseline:", JSON.stringify(baseline));
  const kring = await benchKring(options.interval);
  console.log("kring:   ", JSON.stringify(kring));
  const ratio = baseline.fanoutMs.p95 ? Math.round((kring.fanoutMs.p95 / baseline.fanoutMs.p95) * 100) / 100 : null;
  const report = {
    at: new Date().toISOString(),
    options,
    baseline,
    kring,
    fanoutP95Ratio: ratio,
    goal: "fan-out p95 <= 2x baseline, 0 lost, 0 duplicated",
  };
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${report.at.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(
    `\nfan-out p50/p95/p99 ms: kring ${kring.fanoutMs.p50}/${kring.fanoutMs.p95}/${kring.fanoutMs.p99}, baseline ${baseline.fanoutMs.p50}/${baseline.fanoutMs.p95}/${baseline.fanoutMs.p99} (p95 ratio ${ratio})`,
  );
  console.log(`ack p50/p95/p99 ms: kring ${kring.ackMs.p50}/${kring.ackMs.p95}/${kring.ackMs.p99}`);
  const { serverPostToPatchMs: inServer, waitedMs: waited, storeMs: store } = kring;
  const triple = (ms: { p50: number; p95: number; p99: number }) => `${ms.p50}/${ms.p95}/${ms.p99}`;
  console.log(
    `inside Kring's server, p50/p95/p99 ms: post to patches out ${triple(inServer)}; in it, waiting for the room's write in flight ${triple(waited)} and the committed store ${triple(store)}`,
  );
  const warm = (run: typeof kring) =>
    `${run.warmup.fanoutMs.p50}/${run.warmup.fanoutMs.p95}/${run.warmup.fanoutMs.p99}`;
  console.log(`during the warm-up, fan-out p50/p95/p99 ms: kring ${warm(kring)}, baseline ${warm(baseline)}`);
  console.log(
    `stored/s ${kring.reactionsStoredPerSecond}, lost ${kring.lostReactions}, duplicated ${kring.duplicatedReactions}, lost deliveries ${kring.lostDeliveries}`,
  );
  console.log(
    `CPU per post: Kring's server ${kring.serverCpuUsPerPost} µs, PostgreSQL ${kring.databaseCpuUsPerPost} µs, load generator ${kring.loadCpuUsPerPost} µs; relay ${baseline.serverCpuUsPerPost} µs, its load generator ${baseline.loadCpuUsPerPost} µs`,
  );
  console.log(
    `group commits: ${kring.commitsPerSecond} a second, ${kring.reactionsPerCommit} reactions of ${kring.sessionsPerCommit} sessions each on average`,
  );
  if (kring.ackFailures > 0) {
    console.log(
      `refused: ${JSON.stringify(kring.refusals)}, by second of the run ${JSON.stringify(kring.refusedInSecond)}`,
    );
  }
  console.log(
    `memory per connection: kring ${kring.serverMemoryPerConnectionKiB} KiB, baseline ${baseline.serverMemoryPerConnectionKiB} KiB; event-loop p99 ${kring.eventLoopDelayP99Ms} ms; garbage collection ${kring.gcMsPerSecond} ms a second, pauses p99 ${kring.gcPauseP99Ms} ms, longest ${kring.gcPauseMaxMs} ms`,
  );
  console.log(`written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
