// `npm run bench:flood`: what one flooding socket does to the others in its room. Kring's live
// channel (createRealtime, as the server runs it) on a scratch database (DATABASE_URL's server, else
// embedded PGlite on disk, with the server's pool sizes), one running Lessenronde without a quota
// (so only the caps stop anyone), and bystanders in the same room who measure their round trips:
// clock:sync twice a second and session:sync about once a second each, first quietly, then while
// a flooder in a process of its own (flood-client.ts) sends bursts of 2,000 syncs, reactions,
// votes, malformed events and oversize payloads, one socket per burst; once a participant is
// expelled (and may not reconnect for a minute) it goes on as the next of its `identities`
// participants of the room, as an attacker with the join code could. It prints the bystanders'
// p50/p95 quiet and during the flood, their ratio (goal: p95 within 2x of quiet), what each burst
// got back, and what the database stored from the flooder.
//   npm run bench:flood -- --quiet 10 --flood 15 --bystanders 4 --burst 2000 --identities 1 [--kinds sync]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { io as connect, type Socket } from "socket.io-client";
import { z } from "zod";
import { liveAuth } from "@/lib/realtime/events";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import { participantCookieName } from "@/server/auth/participant-credential";
import { createDb } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { startEmbeddedDatabase } from "@/server/db/embedded";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createLogger } from "@/server/logger";
import { createRealtime } from "@/server/realtime/create-realtime";
import { createBenchRooms } from "./rooms";
import { summarize } from "./stats";

const { values } = parseArgs({
  options: {
    quiet: { type: "string", default: "10" },
    flood: { type: "string", default: "15" },
    bystanders: { type: "string", default: "4" },
    burst: { type: "string", default: "2000" },
    identities: { type: "string", default: "1" },
    kinds: { type: "string", default: "sync,reaction,vote,malformed,oversize" },
  },
});
const options = z
  .object({
    quiet: z.coerce.number().min(2).max(120),
    flood: z.coerce.number().min(2).max(300),
    bystanders: z.coerce.number().int().min(1).max(20),
    burst: z.coerce.number().int().min(1).max(100_000),
    identities: z.coerce.number().int().min(1).max(500),
    kinds: z.string().regex(/^(sync|reaction|vote|malformed|oversize)(,(sync|reaction|vote|malformed|oversize))*$/),
  })
  .parse(values);

const SECRET = "benchmark-secret-that-is-long-enough-for-kring";

/** A scratch database that writes to disk as Kring's would: on DATABASE_URL's server, else embedded in a temporary folder. */
async function scratchOnDisk(): Promise<ScratchDatabase> {
  if (process.env.DATABASE_URL) return createScratchDatabase();
  const dir = mkdtempSync(join(tmpdir(), "kring-bench-flood-"));
  const embedded = await startEmbeddedDatabase(dir);
  return {
    url: embedded.url,
    async drop() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Emitter = (event: string, payload: unknown) => Promise<{ ok: boolean; code?: string; data?: unknown }>;

function client(url: string, cookie: string, sessionId: string) {
  const socket: Socket = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    auth: liveAuth(sessionId, "participant"),
    reconnection: false,
    forceNew: true,
  });
  const emit: Emitter = (event, payload) => new Promise((resolve) => socket.emit(event, payload, resolve));
  const ready = new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return { socket, emit, ready };
}

interface Sample {
  phase: string;
  event: string;
  ms: number;
  ok: boolean;
}

async function main() {
  const embedded = !process.env.DATABASE_URL;
  const database = await scratchOnDisk();
  const db = createDb(database.url, embedded ? 1 : 10);
  const httpServer = createServer();
  const realtime = createRealtime(httpServer, {
    db,
    env: { KRING_ALLOWED_ORIGINS: [] },
    log: createLogger("info"),
    secret: SECRET,
  });
  try {
    await prepareDatabase(database.url, db);
    const { rooms } = await createBenchRooms(db, SECRET, {
      rooms: 1,
      participants: options.bystanders + options.identities,
    });
    const room = rooms[0];
    if (!room) throw new Error("no room");
    for (const phase of await db.sessionPhase.findMany({ where: { sessionId: room.sessionId } })) {
      const rules = phaseRulesSchema.parse(phase.rules);
      await db.sessionPhase.update({ where: { id: phase.id }, data: { rules: { ...rules, quota: null } } });
    }
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const cookieOf = (cookieValue: string) => `${participantCookieName(room.sessionId)}=${cookieValue}`;
    const others = room.participants.slice(0, options.bystanders);
    const flooders = room.participants.slice(options.bystanders);
    const flooderIds = flooders.map((each) => each.id);
    const bystanders = others.map((each) => client(url, cookieOf(each.cookieValue), room.sessionId));
    await Promise.all(bystanders.map((each) => each.ready));
    const first = bystanders[0];
    if (!first) throw new Error("no bystander");
    const posted = await first.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: room.roundId,
      kind: "idea",
      text: "A bystander's idea, for the flooder to vote on.",
    });
    const reactionId = (posted.data as { reactionId?: string } | undefined)?.reactionId;
    if (!reactionId) throw new Error(`the bystander could not post: ${JSON.stringify(posted)}`);

    // The bystanders' probes: each its own pace, within the limits a person never reaches.
    const samples: Sample[] = [];
    const inFlight = new Set<Promise<void>>();
    let phase = "quiet";
    let probing = true;
    const probe = (by: ReturnType<typeof client>, event: string, payload: () => unknown, everyMs: number) => {
      const loop = async () => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * everyMs));
        while (probing) {
          const at = performance.now();
          const label = phase;
          const work = by.emit(event, payload()).then((result) => {
            samples.push({ phase: label, event, ms: performance.now() - at, ok: result.ok });
          });
          inFlight.add(work);
          void work.finally(() => inFlight.delete(work));
          await new Promise((resolve) => setTimeout(resolve, everyMs));
        }
      };
      return loop();
    };
    const loops = bystanders.flatMap((by) => [
      probe(by, "clock:sync", () => ({ clientSentAt: Date.now() }), 500),
      probe(by, "session:sync", () => ({}), 1100),
    ]);

    // How long the server's event loop (shared by the bystanders' probes) was held up.
    const quietLoop = monitorEventLoopDelay({ resolution: 10 });
    quietLoop.enable();
    await new Promise((resolve) => setTimeout(resolve, options.quiet * 1000));
    quietLoop.disable();
    const floodLoop = monitorEventLoopDelay({ resolution: 10 });
    floodLoop.enable();

    // The flood, from a process of its own.
    const bursts: {
      kind: string;
      connected: boolean;
      sent: number;
      answered: number;
      codes: Record<string, number>;
      disconnected: boolean;
      ms: number;
    }[] = [];
    phase = "flood";
    // At the lowest priority: an attacker's script runs on their machine, not on the server's cores
    // (here both share two), so its own CPU should not count as the server's slowness.
    const child = spawn(
      "nice",
      ["-n", "19", join("node_modules", ".bin", "tsx"), join("scripts", "bench", "flood-client.ts")],
      {
        env: {
          ...process.env,
          FLOOD_URL: url,
          FLOOD_COOKIES: flooders.map((each) => cookieOf(each.cookieValue)).join("\n"),
          FLOOD_SESSION: room.sessionId,
          FLOOD_ROUND: room.roundId,
          FLOOD_REACTION: reactionId,
          FLOOD_SECONDS: String(options.flood),
          FLOOD_BURST: String(options.burst),
          FLOOD_KINDS: options.kinds,
        },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    for await (const line of createInterface({ input: child.stdout })) {
      const message = JSON.parse(line) as { starting?: string } & (typeof bursts)[number];
      if (message.starting) phase = `flood:${message.starting}`;
      else bursts.push(message);
    }
    floodLoop.disable();
    phase = "after";
    probing = false;
    await Promise.all(loops);
    await Promise.all([...inFlight]);

    // What the flood left: the database, and the bystanders' views.
    const storedReactions = await db.reaction.count({
      where: { sessionId: room.sessionId, authorId: { in: flooderIds } },
    });
    const storedVotes = await db.vote.count({ where: { voterId: { in: flooderIds } } });
    const inRound = await db.reaction.count({ where: { roundId: room.roundId } });
    const synced = await first.emit("session:sync", {});
    const view = synced.data as { reactions?: unknown[] } | undefined;

    const report = (label: string, picked: Sample[]) => {
      const ms = summarize(picked.map((each) => each.ms));
      const failed = picked.filter((each) => !each.ok).length;
      console.log(
        `${label.padEnd(34)} n=${String(ms.count).padStart(4)}  p50/p95/max ${ms.p50}/${ms.p95}/${ms.max} ms${failed ? `  (${failed} refused)` : ""}`,
      );
      return ms;
    };
    console.log(
      `flood benchmark, ${embedded ? "embedded" : "postgresql"}: ${options.bystanders} bystanders, quiet ${options.quiet} s, flood ${options.flood} s, bursts of ${options.burst} (${options.kinds})`,
    );
    const quiet = samples.filter((each) => each.phase === "quiet");
    const flooding = samples.filter((each) => each.phase.startsWith("flood"));
    const quietMs = report("bystanders quiet, all probes", quiet);
    const floodMs = report("bystanders during the flood", flooding);
    for (const event of ["clock:sync", "session:sync"]) {
      report(
        `  quiet, ${event}`,
        quiet.filter((each) => each.event === event),
      );
      report(
        `  flood, ${event}`,
        flooding.filter((each) => each.event === event),
      );
    }
    for (const kind of options.kinds.split(","))
      report(
        `  during ${kind} bursts`,
        samples.filter((each) => each.phase === `flood:${kind}`),
      );
    const loopMs = (histogram: typeof quietLoop) =>
      `${Math.round(histogram.percentile(50) / 1e5) / 10}/${Math.round(histogram.percentile(99) / 1e5) / 10}/${Math.round(histogram.max / 1e5) / 10} ms`;
    console.log(`server event loop delay p50/p99/max: quiet ${loopMs(quietLoop)}, flood ${loopMs(floodLoop)}`);
    const ratio = quietMs.p95 && floodMs.p95 ? Math.round((floodMs.p95 / quietMs.p95) * 100) / 100 : null;
    console.log(`p95 flood / quiet: ${ratio} (goal: at most 2)`);
    const byKind = new Map<
      string,
      {
        bursts: number;
        refusedConnections: number;
        sent: number;
        answered: number;
        disconnected: number;
        ms: number;
        codes: Record<string, number>;
      }
    >();
    for (const burst of bursts) {
      const total = byKind.get(burst.kind) ?? {
        bursts: 0,
        refusedConnections: 0,
        sent: 0,
        answered: 0,
        disconnected: 0,
        ms: 0,
        codes: {},
      };
      if (!burst.connected) {
        total.refusedConnections += 1;
        byKind.set(burst.kind, total);
        continue;
      }
      total.bursts += 1;
      total.sent += burst.sent;
      total.answered += burst.answered;
      total.disconnected += burst.disconnected ? 1 : 0;
      total.ms += burst.ms;
      for (const [code, count] of Object.entries(burst.codes)) total.codes[code] = (total.codes[code] ?? 0) + count;
      byKind.set(burst.kind, total);
    }
    for (const [kind, total] of byKind)
      console.log(
        `flooder ${kind.padEnd(9)} connections refused ${total.refusedConnections}, bursts ${total.bursts} (${total.bursts ? Math.round(total.ms / total.bursts) : 0} ms each), sent ${total.sent}, answered ${total.answered}, disconnected ${total.disconnected}x: ${JSON.stringify(total.codes)}`,
      );
    console.log(
      `stored from the flooder's ${flooders.length} participants: ${storedReactions} reactions, ${storedVotes} votes; the round holds ${inRound}, the bystander's view shows ${view?.reactions?.length ?? "?"}`,
    );
  } finally {
    for (const socket of await realtime.io.fetchSockets()) socket.disconnect(true);
    await realtime.close();
    // A broadcast scheduled by the last disconnections may still be loading.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
