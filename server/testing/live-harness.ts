import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { withOnline } from "@/lib/domain/presence";
import { applyPatches } from "@/lib/domain/session-patch";
import type { SessionView } from "@/lib/domain/session-view";
import type { Result } from "@/lib/errors";
import {
  type ClientEventName,
  type ClientEventPayload,
  type ClientToServerEvents,
  liveAuth,
  type ServerToClientEvents,
} from "@/lib/realtime/events";
import { participantCookieName } from "@/server/auth/participant-credential";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { announceSessionChanges } from "@/server/events/session-changes";
import { createLogger, type Logger } from "@/server/logger";
import { createRealtime } from "@/server/realtime/create-realtime";
import { joinSession } from "@/server/services/live/participants";
import { createSession } from "@/server/services/sessions";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const TEST_SECRET = "integration-test-secret-that-is-long-enough";
const sessionCookie = "authjs.session-token";

/**
 * A real Socket.io server on a real (scratch) database for integration tests, with helpers to
 * create facilitators, sessions and participants and to connect as each of them.
 */
export async function startLiveHarness(
  options: {
    /** The live channel reaches the database at this url instead (a fault test's TCP proxy). */
    liveDbUrl?: (url: string) => string;
    log?: Logger;
  } = {},
) {
  const database: ScratchDatabase = await createScratchDatabase();
  const db: Db = createDb(database.url, 2);
  await prepareDatabase(database.url, db);
  const liveDb: Db = options.liveDbUrl ? createDb(options.liveDbUrl(database.url), 4) : db;
  const httpServer: HttpServer = createServer();
  const realtime = createRealtime(httpServer, {
    db: liveDb,
    env: { KRING_ALLOWED_ORIGINS: [] },
    log: options.log ?? createLogger("silent"),
    secret: TEST_SECRET,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const sockets: ClientSocket[] = [];

  async function facilitator(name = "Lea") {
    const user = await db.user.create({
      data: { email: `${name.toLowerCase()}-${crypto.randomUUID()}@example.org`, name, passwordHash: "x" },
    });
    const token = await encode({
      token: { sub: user.id, email: user.email, name, sv: user.sessionVersion },
      secret: TEST_SECRET,
      salt: sessionCookie,
    });
    return { user, cookie: `${sessionCookie}=${token}` };
  }

  async function session(
    facilitatorId: string,
    options: { anonymous?: boolean; method?: string; groupId?: string } = {},
  ) {
    const method = await db.method.findUniqueOrThrow({ where: { key: options.method ?? "lessenronde" } });
    const deck = await db.deck.findFirstOrThrow();
    return createSession(db, facilitatorId, {
      title: "Intervisie maart",
      methodId: method.id,
      deckId: deck.id,
      agreements: "Wat hier gezegd wordt, blijft hier.",
      anonymous: options.anonymous ?? false,
      locale: "nl",
      groupId: options.groupId ?? null,
    });
  }

  async function participant(sessionId: string, name: string, groupMemberId: string | null = null) {
    const joined = await joinSession(db, TEST_SECRET, sessionId, name, groupMemberId);
    // As the join page's action does: the open screens list the newcomer.
    announceSessionChanges([sessionId]);
    return { id: joined.participantId, cookie: `${participantCookieName(sessionId)}=${joined.cookieValue}` };
  }

  /** A connected client that keeps every view it receives, and the raw payloads. */
  async function client(options: { cookie?: string; sessionId?: string; as?: "lead" | "participant" | "projector" }) {
    const socket: ClientSocket = connect(url, {
      transports: ["websocket"],
      extraHeaders: options.cookie ? { cookie: options.cookie } : {},
      auth: options.sessionId ? liveAuth(options.sessionId, options.as ?? "participant") : {},
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    // Every frame as it came over the wire (engine.io's message data, before Socket.io decodes it),
    // across reconnects of this socket: what a participant could read in the network panel.
    const frames: string[] = [];
    const tap = () =>
      socket.io.engine.on("packet", (packet) => {
        if (packet.type === "message" && typeof packet.data === "string") frames.push(packet.data);
      });
    socket.io.on("open", tap);
    // Like the browser's hook: whole views replace older ones, patches apply on top of the version
    // before them, presence marks follow session:presence, and a gap asks for the whole view. Every resulting view is kept, in order.
    const views: SessionView[] = [];
    const listeners = new Set<(view: SessionView) => void>();
    const record = (view: SessionView) => {
      views.push(view);
      for (const listener of listeners) listener(view);
    };
    socket.on("session:state", (view) => {
      const current = views.at(-1);
      if (!current || view.version >= current.version) record(view);
    });
    socket.on("session:presence", ({ online }) => {
      const current = views.at(-1);
      const next = current && withOnline(current, new Set(online));
      if (next && next !== current) record(next);
    });
    // A gap asks for the whole view with at most one sync in flight, as lib/realtime/live-client.ts
    // does: a gap meanwhile makes one more sync after it only if the answer did not cover it, never
    // one each (which the live limits would refuse).
    let resyncing = false;
    let resyncAgain = false;
    let wanted = 0;
    async function resync() {
      if (resyncing) {
        resyncAgain = true;
        return;
      }
      resyncing = true;
      try {
        let refused = 0;
        do {
          resyncAgain = false;
          const result = await emit("session:sync", {});
          const current = views.at(-1);
          if (result.ok && (!current || (result.data as SessionView).version >= current.version))
            record(result.data as SessionView);
          // Refused for now (rate_limited, busy): asked again a little later, as the browser does.
          if (!result.ok && socket.connected && ++refused < 20) {
            await new Promise((resolve) => setTimeout(resolve, result.retryAfterMs ?? 250));
            resyncAgain = true;
          }
        } while (resyncAgain && (views.at(-1)?.version ?? 0) < wanted);
      } finally {
        resyncing = false;
      }
    }
    socket.on("session:patches", (patches) => {
      const current = views.at(-1);
      if (!current) return;
      const applied = applyPatches(current, patches);
      if (applied.view !== current) record(applied.view);
      if (applied.gap) {
        wanted = Math.max(wanted, ...patches.map((patch) => patch.version));
        void resync();
      }
    });
    const outcome = await new Promise<{ ok: true } | { ok: false; code: string }>((resolve) => {
      socket.once("connect", () => resolve({ ok: true }));
      socket.once("connect_error", (error) =>
        resolve({ ok: false, code: (error as Error & { data?: { code: string } }).data?.code ?? error.message }),
      );
    });
    function emit<E extends ClientEventName>(event: E, payload: ClientEventPayload<E> | unknown) {
      return new Promise<Result<unknown>>((resolve) => {
        (socket.emit as (event: string, payload: unknown, ack: (result: Result<unknown>) => void) => void)(
          event,
          payload,
          resolve,
        );
      });
    }
    /** Resolves with the client's current view once it satisfies `predicate` (now or later). */
    function viewWhere(predicate: (view: SessionView) => boolean, timeoutMs = 5000): Promise<SessionView> {
      const latest = views.at(-1);
      if (latest && predicate(latest)) return Promise.resolve(latest);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching view arrived (the latest: version ${views.at(-1)?.version})`)),
          timeoutMs,
        );
        const listener = (view: SessionView) => {
          if (!predicate(view)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(view);
        };
        listeners.add(listener);
      });
    }
    /**
     * The whole view, asked again when refused for now (rate_limited, busy), as the browser does: a
     * test that syncs before every step spends a person's sync budget (1 a second after a burst of
     * 10, shared by all their connections), and on a busy machine waits longer for it to refill.
     */
    async function sync(): Promise<SessionView> {
      const giveUpAt = Date.now() + 60_000;
      for (;;) {
        const result = await emit("session:sync", {});
        if (result.ok) return result.data as SessionView;
        if (Date.now() > giveUpAt || !["rate_limited", "busy"].includes(result.code)) {
          throw new Error(`sync refused: ${result.code}`);
        }
        await new Promise((resolve) => setTimeout(resolve, result.retryAfterMs ?? 250));
      }
    }
    // Like the browser: a connection bound to a session starts from its whole view.
    if (outcome.ok && options.sessionId) {
      const first = await emit("session:sync", {});
      const current = views.at(-1);
      if (first.ok && (!current || (first.data as SessionView).version >= current.version))
        record(first.data as SessionView);
    }
    return { socket, outcome, views, frames, emit, viewWhere, sync };
  }

  /** People who joined `sessionId` one after another, each with a connected client. */
  async function joined(sessionId: string, names: string[]) {
    const people = [];
    for (const name of names) {
      const person = await participant(sessionId, name);
      people.push({ ...person, client: await client({ cookie: person.cookie, sessionId }) });
    }
    return people;
  }

  async function close() {
    for (const socket of sockets) socket.disconnect();
    await realtime.close();
    if (liveDb !== db) await liveDb.$disconnect();
    await db.$disconnect();
    await database.drop();
  }

  return { db, url, realtime, facilitator, session, participant, client, joined, close };
}

export type LiveHarness = Awaited<ReturnType<typeof startLiveHarness>>;
