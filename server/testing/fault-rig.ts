import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { participantCookieName } from "@/server/auth/participant-credential";
import { createDb } from "@/server/db/client";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { joinSession } from "@/server/services/live/participants";
import { createSession } from "@/server/services/sessions";
import { liveClient, type TestLiveClient, until } from "./live-clients";
import { embeddedUrl, freePort, type RunningServer, startServerProcess } from "./server-process";
import { startBalancer } from "./tcp-proxy";

const SECRET = "fault-rig-secret-that-is-long-enough-for-kring";

/**
 * The real server process on a database of its own (a scratch database on DATABASE_URL's server,
 * else the embedded one in a temporary folder), with sessions full of participants whose clients
 * are the browser's modules (LiveClient + Outbox). For the fault tests and `npm run bench:faults`:
 * kill it, stop it, restart it, and ask whether every client has settled.
 *
 * With `nodes` above 1 (PostgreSQL and REDIS_URL needed), that many server processes share the
 * database and Redis behind a small TCP balancer that hands out connections in turn, as a
 * deployment of several nodes behind one address.
 */
export async function startFaultRig(
  env: Record<string, string> = {},
  {
    nodes = 1,
    checkEveryMs,
  }: {
    nodes?: number;
    /**
     * How often clients ask what they missed. A test of what the server pushes sets it far
     * beyond its own length, so that the clients' own safety net cannot make it pass.
     */
    checkEveryMs?: number;
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), "kring-faults-"));
  const scratch: ScratchDatabase | null = process.env.DATABASE_URL ? await createScratchDatabase() : null;
  const ports = await Promise.all(Array.from({ length: nodes }, () => freePort()));
  const balancer = nodes > 1 ? await startBalancer(ports) : null;
  const url = `http://127.0.0.1:${balancer?.port ?? ports[0]}`;
  const servers: (RunningServer | null)[] = ports.map(() => null);
  const clients: TestLiveClient[] = [];
  const cluster: Record<string, string> = nodes > 1 ? { REDIS_URL: process.env.REDIS_URL ?? "" } : {};

  /** Starts a node (the only one by default); `nodeArgs` go to node itself (a CPU profile: `--cpu-prof`). */
  async function start(nodeArgs: string[] = [], node = 0) {
    const server = await startServerProcess(
      {
        PORT: String(ports[node]),
        KRING_DATA_DIR: dataDir,
        DATABASE_URL: scratch?.url ?? "",
        AUTH_SECRET: SECRET,
        ...cluster,
        ...env,
      },
      nodeArgs,
    );
    servers[node] = server;
    return server;
  }

  /** Sends `signal` to a node and resolves with the exit code and how long the exit took. */
  async function stop(signal: NodeJS.Signals = "SIGKILL", node = 0) {
    const child = servers[node]?.child;
    servers[node] = null;
    if (!child || child.exitCode !== null) return { code: child?.exitCode ?? null, ms: 0 };
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill(signal);
    const code = await exited;
    return { code, ms: Date.now() - started };
  }

  /** A fresh connection to the database each time (the embedded one moves with every restart). */
  async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
    const db = createDb(scratch?.url ?? embeddedUrl(dataDir), 1);
    try {
      return await work(db);
    } finally {
      await db.$disconnect();
    }
  }

  /** A session led by a new facilitator, with `count` participants who joined. */
  async function session(count: number) {
    return withDb(async (db) => {
      const user = await db.user.create({
        data: { email: `lead-${crypto.randomUUID()}@example.org`, name: "Lea", passwordHash: "x" },
      });
      const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
      const deck = await db.deck.findFirstOrThrow();
      const created = await createSession(db, user.id, {
        title: "Storing",
        methodId: method.id,
        deckId: deck.id,
        agreements: "",
        anonymous: false,
        locale: "nl",
      });
      const people: { id: string; cookie: string }[] = [];
      for (let i = 0; i < count; i++) {
        const joined = await joinSession(db, SECRET, created.id, `Deelnemer ${i + 1}`);
        people.push({ id: joined.participantId, cookie: `${participantCookieName(created.id)}=${joined.cookieValue}` });
      }
      const token = await encode({
        token: { sub: user.id, email: user.email, name: "Lea", sv: user.sessionVersion },
        secret: SECRET,
        salt: "authjs.session-token",
      });
      return { id: created.id, leadCookie: `authjs.session-token=${token}`, people };
    });
  }

  function connect(cookie: string, sessionId: string, as: "lead" | "participant") {
    // Each client from its own loopback address, as people come from their own computers: from
    // one address, a thousand clients reconnecting at once run into their own old connections
    // (reused ports answered with a challenge, a SYN retried 1 to 3 s later).
    const localAddress = `127.1.${Math.floor(clients.length / 250)}.${(clients.length % 250) + 1}`;
    const client = liveClient(url, { cookie, sessionId, as, localAddress, checkEveryMs });
    clients.push(client);
    return client;
  }

  /**
   * A session with its round open (started, a card dealt) and everyone connected through the
   * browser's modules.
   */
  async function room(count: number) {
    const created = await session(count);
    const lead = connect(created.leadCookie, created.id, "lead");
    await until(() => lead.live.state.connection === "connected", "the lead connected", 60_000);
    for (const event of ["phase:start", "phase:next"] as const) {
      const answer = await lead.live.emit(event, {});
      if (!answer.ok) throw new Error(`${event}: ${answer.code}`);
    }
    const dealt = await lead.live.emit("card:deal", { random: true });
    if (!dealt.ok) throw new Error(`card:deal: ${dealt.code}`);
    await until(() => lead.live.state.view?.round?.lesson != null, "the dealt card", 60_000);
    const roundId = lead.live.state.view?.round?.id ?? "";
    const participants = created.people.map((person) => connect(person.cookie, created.id, "participant"));
    return { ...created, roundId, lead, participants, everyone: [lead, ...participants] };
  }

  /** The session's version and stored reactions, as the database has them. */
  function stored(sessionId: string) {
    return withDb(async (db) => {
      const session = await db.intervisionSession.findUniqueOrThrow({ where: { id: sessionId } });
      const reactions = await db.reaction.findMany({ where: { sessionId }, select: { clientId: true, text: true } });
      return { version: session.version, reactions };
    });
  }

  /** The versions of these sessions, as the database has them, in one query. */
  function versions(sessionIds: readonly string[]) {
    return withDb(async (db) => {
      const rows = await db.intervisionSession.findMany({
        where: { id: { in: [...sessionIds] } },
        select: { id: true, version: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row.version]));
      return sessionIds.map((id) => byId.get(id) ?? -1);
    });
  }

  /** Every client connected, its outbox empty, its view at `version`. */
  function settledAt(everyone: readonly TestLiveClient[], version: number) {
    return everyone.every(
      (client) =>
        client.live.state.connection === "connected" &&
        client.outbox.waiting.length === 0 &&
        client.live.state.view?.version === version,
    );
  }

  /**
   * Waits until every client has settled on the database's version (read again while clients
   * catch up, since their resends raise it).
   */
  async function settled(sessionId: string, everyone: readonly TestLiveClient[], timeoutMs = 60_000) {
    const started = Date.now();
    for (;;) {
      await until(
        () => everyone.every((client) => client.outbox.waiting.length === 0),
        "every outbox empty",
        timeoutMs,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${describeClients(everyone)}\n${output()}`);
      });
      const { version } = await stored(sessionId);
      const left = Math.max(1000, timeoutMs - (Date.now() - started));
      const done = await until(() => settledAt(everyone, version), "every view at the database's version", left)
        .then(() => true)
        .catch((error: Error) => {
          if (Date.now() - started <= timeoutMs) return false;
          const shown = everyone.map((client) => client.live.state.view?.version ?? "none").join(",");
          throw new Error(
            `${error.message} (${version}); views at ${shown}\n${describeClients(everyone)}\n${output()}`,
          );
        });
      if (done && (await stored(sessionId)).version === version) return Date.now() - started;
    }
  }

  /** What the clients are doing, for a test that timed out. */
  function describeClients(everyone: readonly TestLiveClient[]) {
    const counts = new Map<string, number>();
    for (const client of everyone) {
      const states = client.outbox.waiting.map((item) => item.state).join("+") || "empty";
      const socket = `${client.socket.connected ? "up" : "down"}/${client.socket.active ? "active" : "inactive"}`;
      const key = `${client.live.state.connection} socket:${socket} outbox:${states} paused:${client.live.state.savingPaused} fatal:${client.live.state.fatal} lastConnectError:${client.lastConnectError}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => `${count} x ${key}`).join("\n");
  }

  /** The end of every node's output, for a test that timed out. */
  function output() {
    return servers.map((server) => server?.output().slice(-3000) ?? "").join("\n");
  }

  async function close() {
    for (const client of clients) client.close();
    await Promise.all(ports.map((_, node) => stop("SIGKILL", node)));
    await balancer?.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return {
    url,
    dataDir,
    start,
    stop,
    room,
    stored,
    versions,
    settled,
    close,
    /** Whether each node's process is still running. */
    alive: () =>
      servers.map((server) => server !== null && server.child.exitCode === null && server.child.signalCode === null),
    /** Connections each node has taken through the balancer (several nodes). */
    taken: () => balancer?.taken() ?? [],
    get server() {
      return servers[0];
    },
  };
}

export type FaultRig = Awaited<ReturnType<typeof startFaultRig>>;
