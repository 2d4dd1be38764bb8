// The flooder of `npm run bench:flood`, in a process of its own (as an attacker's script would be):
// one socket at a time (the next of its participants once one is expelled) sends a burst of one kind (syncs, reactions, votes, malformed events,
// oversize payloads) without waiting for answers, until the server closes it or has answered all;
// then the next kind on a fresh socket, round and round until FLOOD_SECONDS have passed. It prints
// one JSON line per burst: {kind, sent, answered, codes, disconnected, ms}.
import { io as connect, type Socket } from "socket.io-client";
import { z } from "zod";
import { liveAuth } from "@/lib/realtime/events";

const env = z
  .object({
    FLOOD_URL: z.url(),
    /** One cookie per identity, separated by newlines: each burst comes from the next one. */
    FLOOD_COOKIES: z.string().min(1),
    FLOOD_SESSION: z.string().min(1),
    FLOOD_ROUND: z.string().min(1),
    FLOOD_REACTION: z.string().min(1),
    FLOOD_SECONDS: z.coerce.number().min(1).max(600),
    FLOOD_BURST: z.coerce.number().int().min(1).max(100_000),
    FLOOD_KINDS: z.string().default("sync,reaction,vote,malformed,oversize"),
  })
  .parse(process.env);

type Kind = "sync" | "reaction" | "vote" | "malformed" | "oversize";

function payloadOf(kind: Kind, index: number): [string, unknown] {
  const post = (text: string) => ({ clientId: crypto.randomUUID(), roundId: env.FLOOD_ROUND, kind: "idea", text });
  switch (kind) {
    case "sync":
      return ["session:sync", {}];
    case "reaction":
      return ["reaction:add", post(`flood ${index}`)];
    case "vote":
      return ["vote:cast", { clientId: crypto.randomUUID(), reactionId: env.FLOOD_REACTION }];
    case "malformed":
      return (
        [
          ["clock:sync", { clientSentAt: "\u0000" }],
          ["reaction:add", "not an object"],
          ["phase:next", {}],
          ["no:such:event", { x: 1 }],
        ] as [string, unknown][]
      )[index % 4] as [string, unknown];
    case "oversize":
      return ["reaction:add", post("é".repeat(20_000))];
  }
}

const cookies = env.FLOOD_COOKIES.split("\n");
let identity = 0;

async function burst(kind: Kind) {
  const cookie = cookies[identity % cookies.length] ?? "";
  const socket: Socket = connect(env.FLOOD_URL, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    auth: liveAuth(env.FLOOD_SESSION, "participant"),
    reconnection: false,
    forceNew: true,
  });
  const connected = await new Promise<boolean>((resolve) => {
    socket.once("connect", () => resolve(true));
    socket.once("connect_error", () => resolve(false));
  });
  const started = performance.now();
  const codes: Record<string, number> = {};
  let answered = 0;
  const sent = kind === "oversize" ? Math.min(env.FLOOD_BURST, 200) : env.FLOOD_BURST;
  // Unknown events are never answered.
  const answerable = kind === "malformed" ? sent - Math.floor((sent + 3) / 4) : sent;
  const disconnected = await new Promise<boolean>((resolve) => {
    if (!connected) return resolve(false);
    socket.once("disconnect", (reason) => resolve(reason !== "io client disconnect"));
    // Time is up: the burst ends where it is (the old server may still be working through it).
    setTimeout(() => resolve(false), Math.max(0, until - performance.now()) + 1000);
    for (let index = 0; index < sent; index++) {
      const [event, payload] = payloadOf(kind, index);
      socket.emit(event, payload, (result: { ok: boolean; code?: string }) => {
        const code = result.ok ? "ok" : (result.code ?? "?");
        codes[code] = (codes[code] ?? 0) + 1;
        answered += 1;
        if (answered === answerable) resolve(false);
      });
    }
  });
  socket.disconnect();
  // An expelled identity may not come back for a while: the next burst uses the next one.
  if (disconnected) identity += 1;
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ kind, connected, sent, answered, codes, disconnected, ms }));
}

const kinds = env.FLOOD_KINDS.split(",") as Kind[];
const until = performance.now() + env.FLOOD_SECONDS * 1000;

async function main() {
  while (performance.now() < until) {
    for (const kind of kinds) {
      console.log(JSON.stringify({ starting: kind }));
      await burst(kind);
      if (performance.now() >= until) break;
    }
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
