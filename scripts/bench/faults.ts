// `npm run bench:faults`: Kring's real server process killed (-9) in the middle of a session and
// restarted, with every participant a client made of the browser's own modules (LiveClient +
// Outbox) posting once per interval. For each size (default 200 and 1,000 participants, in rooms
// of 10, a real group's size, so that nobody reaches the caps of lib/domain/caps.ts) it reports the time from the new server listening until each client is connected and
// shows what the database held then (resynced), and until every post typed before then is
// acked and every screen is at the database's version (settled), the ack times of posts typed after the
// restart, resyncs per client, the server's peak memory, and whether anything was lost or doubled.
// Writes bench-results/faults-<time>.json.
//   npm run bench:faults -- --sizes 200,1000 --room 10 --interval 1000 --before 10 --down 3 --after 15
// With --profile, the restarted server writes a CPU profile to bench-results/profiles/ (open it in
// Chrome's DevTools, or summarize it with scripts/dev/cpu-profile-top.mjs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { type FaultRig, startFaultRig } from "@/server/testing/fault-rig";
import type { TestLiveClient } from "@/server/testing/live-clients";
import { summarize } from "./stats";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "200,1000" },
    room: { type: "string", default: "10" },
    interval: { type: "string", default: "1000" },
    before: { type: "string", default: "10" },
    down: { type: "string", default: "3" },
    after: { type: "string", default: "15" },
    profile: { type: "boolean", default: false },
  },
});
const options = z
  .object({
    sizes: z
      .string()
      .transform((list) => list.split(",").map((size) => z.coerce.number().int().min(2).max(2000).parse(size))),
    room: z.coerce.number().int().min(2).max(50),
    interval: z.coerce.number().int().min(200).max(60_000),
    before: z.coerce.number().min(1).max(120),
    down: z.coerce.number().min(0).max(60),
    after: z.coerce.number().min(5).max(300),
    profile: z.boolean(),
  })
  .parse(values);

const PROFILE_DIR = join("bench-results", "profiles");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `done`, saying every 5 s what it waits for; gives up after 3 minutes, saying so. */
async function waitUntil(done: () => boolean, waitingFor: () => string) {
  const started = Date.now();
  let said = started;
  while (!done()) {
    if (Date.now() - said >= 5000) {
      said = Date.now();
      console.log(`  after ${Math.round((said - started) / 1000)} s: ${waitingFor()}`);
    }
    if (Date.now() - started > 180_000) throw new Error(`not settled after 3 minutes: ${waitingFor()}`);
    await sleep(20);
  }
}

function rssBytes(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Failed connection attempts of all clients so far, by code (a refused handshake's, or the error's). */
function refusalCounts(clients: readonly TestLiveClient[]) {
  const counts = new Map<string, number>();
  for (const client of clients)
    for (const [code, count] of client.connectErrorsBy) counts.set(code, (counts.get(code) ?? 0) + count);
  return counts;
}

interface Typed {
  client: TestLiveClient;
  clientId: string;
  text: string;
  at: number;
}

async function benchSize(participants: number) {
  const rig = await startFaultRig({ KRING_LOG: "silent" });
  try {
    await rig.start();
    const rooms: Awaited<ReturnType<FaultRig["room"]>>[] = [];
    for (let left = participants; left > 0; left -= options.room)
      rooms.push(await rig.room(Math.min(options.room, left)));
    const everyone = rooms.flatMap((room) => room.everyone);
    const writers = rooms.flatMap((room) => room.participants.map((client) => ({ client, room })));
    await rig.settled(rooms[0]?.id ?? "", rooms[0]?.everyone ?? [], 120_000);

    // Memory: the server's RSS, sampled every 250 ms (the process changes at the restart).
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssBytes(rig.server?.child.pid));
    }, 250);
    const rssSteady = rssBytes(rig.server?.child.pid);

    const typed: Typed[] = [];
    let posting = true;
    const loops = writers.map(async ({ client, room }, index) => {
      await sleep((index / writers.length) * options.interval);
      for (let n = 0; posting; n++) {
        const text = `${index}-${n}`;
        const item = client.outbox.add({ roundId: room.roundId, kind: "idea", text });
        typed.push({ client, clientId: item.clientId, text, at: Date.now() });
        await sleep(options.interval);
      }
    });

    await sleep(options.before * 1000);
    const steadyFrom = Date.now() - options.before * 500;
    await rig.stop("SIGKILL");
    const killedAt = Date.now();
    await sleep(options.down * 1000);
    const syncsBefore = everyone.reduce((sum, client) => sum + client.live.syncCount, 0);
    const refusalsBefore = refusalCounts(everyone);
    await rig.start(options.profile ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : []);
    const listenAt = Date.now();
    // Resynced: connected again and showing at least what the database held when the server listened.
    const versionsAtListen = await rig.versions(rooms.map((room) => room.id));
    const resyncedAt = new Map<TestLiveClient, number>();
    const connectedAt = new Map<TestLiveClient, number>();
    const cpuAtListen = process.cpuUsage();
    const watcher = setInterval(() => {
      rooms.forEach((room, index) => {
        for (const client of room.everyone) {
          const { connection, view } = client.live.state;
          if (connection === "connected" && !connectedAt.has(client)) connectedAt.set(client, Date.now());
          if (resyncedAt.has(client) || connection !== "connected") continue;
          if ((view?.version ?? -1) >= (versionsAtListen[index] ?? 0)) resyncedAt.set(client, Date.now());
        }
      });
    }, 20);

    // Settled: every post typed before the server listened again is acked, then every screen
    // reaches the database's version as read at that moment.
    const backlog = typed.filter((post) => post.at < listenAt);
    const handedBackIds = () => new Set(everyone.flatMap((client) => client.returned.map((post) => post.clientId)));
    const unacked = () => {
      const back = handedBackIds();
      return backlog.filter((post) => !post.client.acked.has(post.clientId) && !back.has(post.clientId));
    };
    await waitUntil(
      () => unacked().length === 0,
      () => `${unacked().length} posts typed before the restart not acked`,
    );
    const backlogClearedAt = Date.now();
    const versions = await rig.versions(rooms.map((room) => room.id));
    const behind = () =>
      rooms.some((room, index) =>
        room.everyone.some(
          (client) =>
            client.live.state.connection !== "connected" ||
            (client.live.state.view?.version ?? -1) < (versions[index] ?? 0),
        ),
      );
    await waitUntil(
      () => !behind(),
      () => {
        const lagging = rooms.flatMap((room, index) =>
          room.everyone.filter(
            (client) =>
              client.live.state.connection !== "connected" ||
              (client.live.state.view?.version ?? -1) < (versions[index] ?? 0),
          ),
        );
        const offline = lagging.filter((client) => client.live.state.connection !== "connected");
        // Why those offline are: the last refusal or error of their connection attempts.
        const reasons = new Map<string, number>();
        for (const client of offline)
          reasons.set(client.lastConnectError, (reasons.get(client.lastConnectError) ?? 0) + 1);
        const why = [...reasons].map(([reason, count]) => `${count} ${reason || "no error"}`).join(", ");
        return `${lagging.length} screens behind the database (${offline.length} not connected${offline.length ? `: last ${why}` : ""})`;
      },
    );
    const settledAt = Date.now();
    clearInterval(watcher);
    // The load generator's own CPU use meanwhile (this process: every client), in % of one core.
    const cpu = process.cpuUsage(cpuAtListen);
    const generatorCpu = Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, settledAt - listenAt)) * 100);
    const resyncMs = everyone.map((client) => (resyncedAt.get(client) ?? Number.NaN) - listenAt);
    const connectMs = everyone.map((client) => (connectedAt.get(client) ?? Number.NaN) - listenAt);

    const remaining = options.after * 1000 - (Date.now() - listenAt);
    if (remaining > 0) await sleep(remaining);
    posting = false;
    await Promise.all(loops);
    clearInterval(sampler);
    const syncsAfter = everyone.reduce((sum, client) => sum + client.live.syncCount, 0) - syncsBefore;
    // Handshakes refused after the restart (busy, rate_limited, ...), by code.
    const refusals = Object.fromEntries(
      [...refusalCounts(everyone)]
        .map(([code, count]) => [code, count - (refusalsBefore.get(code) ?? 0)] as const)
        .filter(([, count]) => count > 0),
    );
    for (const room of rooms) await rig.settled(room.id, room.everyone, 120_000);
    // The restarted server writes its CPU profile when it exits on its own (SIGTERM), not when killed.
    if (options.profile) await rig.stop("SIGTERM");

    const ackMs = (from: number, to: number) =>
      typed
        .filter((post) => post.at >= from && post.at < to)
        .map((post) => (post.client.acked.get(post.clientId) ?? Number.NaN) - post.at)
        .filter((ms) => Number.isFinite(ms));
    let stored = 0;
    let duplicated = 0;
    const storedTexts = new Set<string>();
    for (const room of rooms) {
      const { reactions } = await rig.stored(room.id);
      stored += reactions.length;
      duplicated += reactions.length - new Set(reactions.map((reaction) => reaction.clientId)).size;
      for (const reaction of reactions) storedTexts.add(`${room.id}:${reaction.text}`);
    }
    const roomOf = new Map(writers.map(({ client, room }) => [client, room.id]));
    // Handed back: refused as the person's to fix (a quota, a full round), the text back in its box.
    const handedBack = new Set(everyone.flatMap((client) => client.returned.map((post) => post.clientId)));
    const lost = typed.filter(
      (post) => !storedTexts.has(`${roomOf.get(post.client)}:${post.text}`) && !handedBack.has(post.clientId),
    ).length;
    return {
      participants,
      rooms: rooms.length,
      typed: typed.length,
      stored,
      lost,
      duplicated,
      handedBack: handedBack.size,
      downMs: listenAt - killedAt,
      backlog: backlog.length,
      backlogAckedMs: backlogClearedAt - listenAt,
      settleMs: settledAt - listenAt,
      connectMs: summarize(connectMs.filter((ms) => Number.isFinite(ms))),
      resyncMs: summarize(resyncMs.filter((ms) => Number.isFinite(ms))),
      generatorCpuPercent: generatorCpu,
      resyncedWithin10s: resyncMs.filter((ms) => ms <= 10_000).length / everyone.length,
      ackMsSteady: summarize(ackMs(steadyFrom, killedAt)),
      ackMsAfterRestart: summarize(ackMs(listenAt, listenAt + 10_000)),
      refusedHandshakes: refusals,
      syncsPerClientAfterRestart: Math.round((syncsAfter / everyone.length) * 10) / 10,
      serverRssMiB: { steady: Math.round(rssSteady / 2 ** 20), peak: Math.round(peakRss / 2 ** 20) },
    };
  } finally {
    await rig.close();
  }
}

const results = [];
for (const size of options.sizes) {
  const result = await benchSize(size);
  results.push(result);
  console.log(
    `${result.participants} participants (${result.rooms} rooms): settled ${result.settleMs} ms after listening ` +
      `(backlog of ${result.backlog} acked in ${result.backlogAckedMs} ms); connected p50/p95/p99 ` +
      `${result.connectMs.p50}/${result.connectMs.p95}/${result.connectMs.p99} ms; resynced p50/p95/p99 ` +
      `${result.resyncMs.p50}/${result.resyncMs.p95}/${result.resyncMs.p99} ms ` +
      `(${Math.round(result.resyncedWithin10s * 1000) / 10} % within 10 s); ack p50/p95 after restart ` +
      `${result.ackMsAfterRestart.p50}/${result.ackMsAfterRestart.p95} ms (steady ${result.ackMsSteady.p50}/${result.ackMsSteady.p95}); ` +
      `${result.syncsPerClientAfterRestart} syncs per client; failed connects ${JSON.stringify(result.refusedHandshakes)}; server RSS ${result.serverRssMiB.steady} -> peak ${result.serverRssMiB.peak} MiB; ` +
      `typed ${result.typed}, stored ${result.stored}, lost ${result.lost}, duplicated ${result.duplicated}, handed back ${result.handedBack}; ` +
      `load generator ${result.generatorCpuPercent} % of a core until settled`,
  );
}
mkdirSync("bench-results", { recursive: true });
const file = join("bench-results", `faults-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify({ options, database: process.env.DATABASE_URL ? "postgresql" : "embedded", results }, null, 2),
);
console.log(`written to ${file}`);
process.exit(0);
