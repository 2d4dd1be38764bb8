// The load generator, in its own process: opens every client of every room on loopback, makes each
// post every `intervalMs` (a fixed rate, each client at its own random phase) for
// `warmupMs + durationMs`, and measures fan-out (send to receipt by every other member of the room)
// and ack latency of the posts sent after the warm-up (a cold process, its JIT and its first
// queries, would otherwise be measured instead of the steady state; the warm-up's own figures are
// reported apart). Counts lost and duplicated deliveries over the whole run. Prints JSON.
// Times are taken with performance.now() in this one process, so they are monotonic and finer than
// a millisecond (the relay answers within one).
//   tsx scripts/bench/load.ts <plan.json>
import { readFileSync } from "node:fs";
import { io, type Socket } from "socket.io-client";
import { summarize } from "./stats";

interface Member {
  /** Kring: the participant's credential cookie; baseline: none. */
  cookie?: string;
  auth: Record<string, unknown>;
  /** Kring: the round to post into. */
  roundId?: string;
}

interface Plan {
  target: "kring" | "baseline";
  /** One per node. */
  urls: string[];
  /**
   * How connections are spread over the nodes: by room (as a proxy that routes by session does, the
   * way two-nodes.md deploys Kring), or each room's members in turn (a room split over the nodes).
   */
  spread: "room" | "member";
  rooms: Member[][];
  durationMs: number;
  warmupMs: number;
  intervalMs: number;
}

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as Plan;
const fanout: number[] = [];
const acks: number[] = [];
const warmupFanout: number[] = [];
const warmupAcks: number[] = [];
/** Posts sent before this moment are warm-up (set when the run starts). */
let measuredFrom = Number.POSITIVE_INFINITY;
let sent = 0;
/** Posts sent during the warm-up. */
let warmupSent = 0;
/** Why acks failed (the server's error code, or "timeout"), and in which second of the run. */
const refusals: Record<string, number> = {};
const refusedInSecond: Record<number, number> = {};
function refused(why: string, sentAt: number) {
  refusals[why] = (refusals[why] ?? 0) + 1;
  const second = Math.floor((sentAt - startedAt) / 1000);
  refusedInSecond[second] = (refusedInSecond[second] ?? 0) + 1;
}
let startedAt = 0;
let ackFailures = 0;
/**
 * Every post (by its id, a random UUID): which members of its room have received it. Kept small (a
 * byte per member), so that this process's own bookkeeping costs little of the cores it shares
 * with the server it measures.
 */
interface Receipts {
  expected: number;
  count: number;
  seen: Uint8Array;
}
const posts = new Map<string, Receipts>();
let duplicates = 0;

function receive(roomIndex: number, memberIndex: number, postId: string, sentAt: number, now: number) {
  let receipts = posts.get(postId);
  if (!receipts) {
    const members = plan.rooms[roomIndex]?.length ?? 1;
    receipts = { expected: members - 1, count: 0, seen: new Uint8Array(members) };
    posts.set(postId, receipts);
  }
  if (receipts.seen[memberIndex] === 1) {
    duplicates += 1;
    return;
  }
  receipts.seen[memberIndex] = 1;
  receipts.count += 1;
  (sentAt < measuredFrom ? warmupFanout : fanout).push(now - sentAt);
}

/** Numbers in [0, 1), the same sequence for the same seed (mulberry32). */
function seededUniform(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function connectAll() {
  const sockets: { socket: Socket; room: number; member: number; info: Member }[] = [];
  for (const [roomIndex, members] of plan.rooms.entries()) {
    for (const [memberIndex, info] of members.entries()) {
      const node = (plan.spread === "member" ? memberIndex : roomIndex) % plan.urls.length;
      const socket = io(plan.urls[node] ?? "", {
        transports: ["websocket"],
        auth: info.auth,
        extraHeaders: info.cookie ? { cookie: info.cookie } : {},
        forceNew: true,
        reconnection: false,
      });
      if (plan.target === "baseline") {
        socket.on("post", (payload: { id: string; sentAt: number }) =>
          receive(roomIndex, memberIndex, payload.id, payload.sentAt, performance.now()),
        );
      } else {
        // As the browser does: a whole view replaces the one shown, and a patch it already holds
        // (one no newer than the view) is stale. A reaction in a whole view that the screen had
        // from a patch is not a second delivery; a patch that comes twice is.
        type Seen = { text: string; mine: boolean };
        let shownVersion = 0;
        const bench = "bench ";
        const note = (reaction: Seen, now: number, inWholeView: boolean) => {
          if (reaction.mine || !reaction.text.startsWith(bench)) return;
          const space = reaction.text.indexOf(" ", bench.length);
          const id = reaction.text.slice(bench.length, space);
          if (inWholeView && posts.get(id)?.seen[memberIndex] === 1) return;
          receive(roomIndex, memberIndex, id, Number(reaction.text.slice(space + 1)), now);
        };
        socket.on("session:state", (view: { version: number; reactions: Seen[] }) => {
          if (view.version <= shownVersion) return;
          shownVersion = view.version;
          const now = performance.now();
          for (const reaction of view.reactions) note(reaction, now, true);
        });
        socket.on("session:patches", (patches: { version: number; reaction: Seen | null }[]) => {
          const now = performance.now();
          for (const patch of patches) {
            if (patch.version <= shownVersion) continue;
            shownVersion = patch.version;
            if (patch.reaction) note(patch.reaction, now, false);
          }
        });
      }
      sockets.push({ socket, room: roomIndex, member: memberIndex, info });
    }
  }
  await Promise.all(
    sockets.map(
      ({ socket }) =>
        new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", (error) => reject(error));
        }),
    ),
  );
  return sockets;
}

async function main() {
  const sockets = await connectAll();
  process.stdout.write(JSON.stringify({ connected: sockets.length }) + "\n");
  // Wait for the parent's go (it has measured the memory of the idle connections meanwhile).
  await new Promise<void>((resolve) => process.stdin.once("data", () => resolve()));
  // Kring's participants start once their screen shows the round: after connecting, a screen asks
  // for its whole view (lib/realtime/live-client.ts), and people write once they see it. The relay
  // has no view to wait for.
  if (plan.target === "kring") {
    await Promise.all(sockets.map(({ socket }) => socket.timeout(60_000).emitWithAck("session:sync", {})));
  }
  process.stdout.write(`${JSON.stringify({ started: true })}\n`);
  const started = performance.now();
  startedAt = started;
  measuredFrom = started + plan.warmupMs;
  const endAt = started + plan.warmupMs + plan.durationMs;
  const phaseOf = seededUniform(2026);
  const posters = sockets.map(async ({ socket, room, info }) => {
    // A fixed rate on the poster's own schedule (its k-th post is due at phase + k * interval), not
    // a fixed delay after each post: with delays, posters whose timers once fired in the same tick
    // (when this process was busy) stay in step for the rest of the run, so posts in a room would
    // bunch more the longer it ran. Each poster's phase is random within the interval (seeded, so
    // runs are alike), as if the participants were independent people.
    const phase = phaseOf() * plan.intervalMs;
    for (let k = 0; started + phase + k * plan.intervalMs < endAt; k++) {
      const wait = started + phase + k * plan.intervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const id = crypto.randomUUID();
      const sentAt = performance.now();
      const members = plan.rooms[room]?.length ?? 1;
      posts.set(id, { expected: members - 1, count: 0, seen: new Uint8Array(members) });
      sent += 1;
      if (sentAt < measuredFrom) warmupSent += 1;
      const ack =
        plan.target === "baseline"
          ? socket.timeout(10_000).emitWithAck("post", { id, sentAt })
          : socket.timeout(10_000).emitWithAck("reaction:add", {
              clientId: id,
              roundId: info.roundId,
              kind: "idea",
              text: `bench ${id} ${sentAt}`,
            });
      ack
        .then((result: { ok?: boolean } | undefined) => {
          if (plan.target === "kring" && !result?.ok) {
            ackFailures += 1;
            refused((result as { code?: string } | undefined)?.code ?? "none", sentAt);
          } else (sentAt < measuredFrom ? warmupAcks : acks).push(performance.now() - sentAt);
        })
        .catch(() => {
          ackFailures += 1;
          refused("timeout", sentAt);
        });
    }
  });
  await Promise.all(posters);
  // Let the last fan-out arrive.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  let lost = 0;
  for (const { expected, count } of posts.values()) lost += Math.max(0, expected - count);
  for (const { socket } of sockets) socket.disconnect();
  process.stdout.write(
    JSON.stringify({
      sent,
      warmupSent,
      ackFailures,
      refusals,
      refusedInSecond,
      deliveries: fanout.length,
      lostDeliveries: lost,
      duplicatedDeliveries: duplicates,
      fanoutMs: summarize(fanout),
      ackMs: summarize(acks),
      warmup: { fanoutMs: summarize(warmupFanout), ackMs: summarize(warmupAcks) },
      postsPerSecond: Math.round((sent / (plan.warmupMs + plan.durationMs)) * 1000 * 10) / 10,
    }) + "\n",
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
