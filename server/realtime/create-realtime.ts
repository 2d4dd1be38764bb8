import type { Server as HttpServer, IncomingMessage } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server } from "socket.io";
import { type ErrorCode, KringError } from "@/lib/errors";
import { type ClientToServerEvents, MAX_MESSAGE_BYTES, type ServerToClientEvents } from "@/lib/realtime/events";
import { isSessionCurrent } from "@/server/auth/session-version";
import { type ClusterEvents, otherNodes } from "@/server/cluster/bus";
import { redisPresence } from "@/server/cluster/presence";
import { adapterPublisher, type Cluster } from "@/server/cluster/redis";
import { createDatabaseHealth, isDatabaseBusy, isDatabaseUnavailable } from "@/server/db/availability";
import { type Db, poolOf } from "@/server/db/client";
import type { KringEnv } from "@/server/env";
import { type AccessRevocation, listenForAccessRevocations } from "@/server/events/access-revocations";
import { listenForSessionChanges } from "@/server/events/session-changes";
import { clockSync } from "@/server/handlers/clock";
import { deckHandlers } from "@/server/handlers/decks";
import { intervisionHandlers } from "@/server/handlers/live-intervision";
import { leadHandlers } from "@/server/handlers/live-lead";
import { participantHandlers } from "@/server/handlers/live-participant";
import { planHandlers } from "@/server/handlers/live-plan";
import { sessionCatchUp, sessionSync } from "@/server/handlers/session-sync";
import { markRequestOrigin, NO_TRUSTED_PROXIES, type OriginSettings, requestOriginOf } from "@/server/http/forwarded";
import { baseHeaders, NON_DOCUMENT_POLICY } from "@/server/http/security-headers";
import type { Logger } from "@/server/logger";
import { batchedCredentialLookup } from "@/server/services/live/credential-lookup";
import { createReactionWriter } from "@/server/services/live/reaction-writer";
import { createRecordCache } from "@/server/services/live/record-cache";
import { readHandshake, type SocketData } from "./handshake-auth";
import { createLiveHub } from "./live-hub";
import { createLiveLimits } from "./live-limits";
import { isOriginAllowed } from "./origin";
import { providePageViews } from "./page-views";
import { createRouter, type Handlers } from "./router";
import { bindSession, handshakeError, handshakePerson } from "./session-binding";

export interface RealtimeDeps {
  db: Db;
  env: Pick<KringEnv, "KRING_ALLOWED_ORIGINS">;
  log: Logger;
  secret: string;
  /** Several nodes (REDIS_URL): the Redis link they share. Left out: this node is the only one. */
  cluster?: Cluster;
  /** Which forwarded headers to believe; none when left out (tests). */
  originSettings?: OriginSettings;
}

/** Attaches Socket.io to the HTTP server, with origin checks, handshake auth and the event router. */
export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps) {
  const settings = deps.originSettings ?? { trustedProxies: NO_TRUSTED_PROXIES, publicUrl: undefined };
  const { cluster } = deps;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, ClusterEvents, SocketData>(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => {
      // The same trusted view of the request as pages get: the client's address and own host.
      const origin = requestOriginOf(req, settings);
      markRequestOrigin(req, origin);
      const allowed = isOriginAllowed(req, deps.env.KRING_ALLOWED_ORIGINS, origin.host);
      callback(allowed ? null : "origin not allowed", allowed);
    },
    // No connection-state recovery: a client that reconnects asks for its whole view by version
    // (session:sync), so replaying missed packets would only repeat it, while the server would keep
    // every broadcast of the last minutes in memory to be able to.
    // Several nodes: rooms, broadcasts and server-side events go through Redis pub/sub.
    ...(cluster
      ? {
          adapter: createAdapter(adapterPublisher(cluster.client), cluster.subscriber, { key: `${cluster.prefix}:io` }),
        }
      : {}),
  });

  const limits = createLiveLimits(deps.log);

  // The polling transport's answers carry the security headers too (pages get theirs in index.ts).
  io.engine.on("headers", (headers: Record<string, string>, req: IncomingMessage) => {
    Object.assign(headers, baseHeaders(requestOriginOf(req, settings)), {
      "Content-Security-Policy": NON_DOCUMENT_POLICY,
    });
  });

  // Whether the database answers: requests that find it away get `unavailable`, every screen hears
  // that saving paused and, once a probe gets through again, that it resumed.
  const health = createDatabaseHealth(() => deps.db.$queryRaw`SELECT 1`, deps.log);
  // Each node tells its own screens about its own view of the database.
  const stopWatching = health.onChange((down) => io.local.emit("server:saving", { paused: down }));

  // The database's queue: past this many requests waiting for a connection, new work is turned away
  // with `busy` (the client tries again a little later) instead of joining a queue it would time out in.
  const { pool } = poolOf(deps.db);
  const queueLimit = Math.max(16, 8 * (pool.options.max ?? 10));
  const overloaded = () => pool.waitingCount > queueLimit;
  // Someone coming (back) in goes before one more post: events are turned away first, so that under
  // a room's steady load a reconnecting screen is not refused `busy` at every try.
  const tooBusyToAdmit = () => pool.waitingCount > 2 * queueLimit;

  // Participants' credentials, read for all handshakes of one event-loop turn in one query.
  const credentials = batchedCredentialLookup(deps.db);
  io.use(async (socket, next) => {
    if (socket.handshake.auth && Object.keys(socket.handshake.auth).length > 0 && tooBusyToAdmit()) {
      next(handshakeError("busy"));
      return;
    }
    let admission: { refund(): Promise<void> } | null = null;
    try {
      // Checking a signed-in facilitator's session version reads the database: inside the try, so an
      // outage answers `unavailable` like the rest of the handshake.
      const { cookies, ...identity } = await readHandshake(socket.handshake.headers.cookie, deps.secret, (userId, sv) =>
        isSessionCurrent(deps.db, userId, sv),
      );
      const person = handshakePerson(deps.secret, socket.handshake.auth, identity.facilitator, cookies);
      admission = await limits.admitConnection(person);
      if (!admission) return next(handshakeError("rate_limited"));
      const member = await bindSession(
        deps.db,
        deps.secret,
        socket.handshake.auth,
        identity.facilitator,
        cookies,
        credentials,
      );
      socket.data = { ...identity, member };
      next();
    } catch (error) {
      let code: ErrorCode = error instanceof KringError ? error.code : "internal";
      if (code === "internal" && isDatabaseUnavailable(error)) {
        // Refused for now: the client tries again with backoff (lib/realtime/live-client.ts).
        health.wentAway(error);
        code = "unavailable";
      } else if (code === "internal" && isDatabaseBusy(error)) code = "busy";
      // Turned away for the server's own reasons: the attempt does not count against the person.
      if (code === "unavailable" || code === "busy") await admission?.refund();
      if (code === "internal") deps.log.error("handshake failed", error);
      next(handshakeError(code));
    }
  });

  const cache = createRecordCache(deps.db);
  const hub = createLiveHub(io, deps.db, cache, deps.log, {
    health,
    presence: cluster && ((changed) => redisPresence(cluster, changed, deps.log)),
  });
  // Redis back after an outage: this node's screens get their sessions again (the other nodes'
  // messages of the meantime may be lost), and so do the other nodes', as each of them does this.
  cluster?.onBack(() => hub.resendAll());
  const writer = createReactionWriter(deps.db, cache, hub.reactionsAdded);
  const handlers: Handlers = {
    "clock:sync": clockSync,
    ...deckHandlers(deps.db),
    "session:sync": sessionSync(hub),
    "session:catchup": sessionCatchUp(hub),
    ...leadHandlers(deps.db, hub),
    ...participantHandlers(deps.db, writer, hub),
    ...intervisionHandlers(deps.db, hub),
    ...planHandlers(deps.db, hub),
  };
  const router = createRouter(handlers, deps.log, limits, health, overloaded);
  // Changes made outside the live channel (pages, server actions) reach the open screens too.
  // Pages render the same first view the socket would send (page-views.ts).
  const stopProviding = providePageViews(hub.viewFor);
  const stopListening = listenForSessionChanges((sessionIds) => {
    for (const sessionId of sessionIds) hub.changed(sessionId);
  });
  // Someone who lost access (signed out, removed from a group) loses their open connections too.
  const revokes = (revocation: AccessRevocation, data: SocketData) => {
    if (data.facilitator?.id !== revocation.userId) return false;
    if (revocation.kind === "signed_out") return true;
    const member = data.member;
    return member !== null && member.role !== "participant" && revocation.sessionIds.includes(member.sessionId);
  };
  const revokeHere = (revocation: AccessRevocation) => {
    for (const socket of io.sockets.sockets.values()) {
      if (!revokes(revocation, socket.data)) continue;
      socket.emit("session:removed");
      socket.disconnect(true);
    }
  };
  // The page that revoked it ran on one node; the connections may be on any.
  const nodes = otherNodes(io, cluster !== undefined);
  nodes.hear({ "kring:revoked": revokeHere });
  const stopRevoking = listenForAccessRevocations((revocation) => {
    revokeHere(revocation);
    nodes.tell("kring:revoked", revocation);
  });
  io.on("connection", (socket) => {
    router.attach(socket);
    const member = socket.data.member;
    if (!member) return;
    hub.join(socket, member);
    socket.on("disconnect", () => hub.leave(member));
  });

  return {
    io,
    health,
    /** Resolves once the whole views this node has to send have gone out (tests count frames after it). */
    settled: () => hub.settled(),
    /** Tells clients, refuses new work, waits for handlers in flight (at most `drainMs`), disconnects everyone. */
    async close(drainMs = Number.POSITIVE_INFINITY) {
      stopListening();
      stopProviding();
      stopRevoking();
      stopWatching();
      health.stop();
      io.local.emit("server:restarting");
      io.engine.close();
      // Handlers in flight finish (their commits land and are acked), within `drainMs`.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        router.drain(),
        new Promise<void>((resolve) => {
          if (Number.isFinite(drainMs)) timer = setTimeout(resolve, drainMs);
        }),
      ]);
      clearTimeout(timer);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      // Disconnects change presence, which schedules broadcasts: none starts now, and those under way end first.
      await hub.stop();
    },
  };
}
