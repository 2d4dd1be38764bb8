import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { type ErrorCode, KringError } from "@/lib/errors";
import { type ClientToServerEvents, MAX_MESSAGE_BYTES, type ServerToClientEvents } from "@/lib/realtime/events";
import type { Db } from "@/server/db/client";
import type { KringEnv } from "@/server/env";
import { clockSync } from "@/server/handlers/clock";
import { deckHandlers } from "@/server/handlers/decks";
import { intervisionHandlers } from "@/server/handlers/live-intervision";
import { leadHandlers } from "@/server/handlers/live-lead";
import { participantHandlers } from "@/server/handlers/live-participant";
import { planHandlers } from "@/server/handlers/live-plan";
import { sessionSync } from "@/server/handlers/session-sync";
import type { Logger } from "@/server/logger";
import { createReactionWriter } from "@/server/services/live/reaction-writer";
import { createRecordCache } from "@/server/services/live/record-cache";
import { readHandshake, type SocketData } from "./handshake-auth";
import { createLiveHub } from "./live-hub";
import { isOriginAllowed } from "./origin";
import { createRouter, type Handlers } from "./router";
import { bindSession, handshakeError } from "./session-binding";
import { listenForSessionChanges } from "./session-changes";

export interface RealtimeDeps {
  db: Db;
  env: Pick<KringEnv, "KRING_ALLOWED_ORIGINS">;
  log: Logger;
  secret: string;
}

/** Attaches Socket.io to the HTTP server, with origin checks, handshake auth and the event router. */
export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => {
      const allowed = isOriginAllowed(req, deps.env.KRING_ALLOWED_ORIGINS);
      callback(allowed ? null : "origin not allowed", allowed);
    },
    // No connection-state recovery: a client that reconnects asks for its whole view by version
    // (session:sync), so replaying missed packets would only repeat it, while the server would keep
    // every broadcast of the last minutes in memory to be able to.
  });

  io.use(async (socket, next) => {
    const { cookies, ...identity } = await readHandshake(socket.handshake.headers.cookie, deps.secret);
    try {
      const member = await bindSession(deps.db, deps.secret, socket.handshake.auth, identity.facilitator, cookies);
      socket.data = { ...identity, member };
      next();
    } catch (error) {
      const code: ErrorCode = error instanceof KringError ? error.code : "internal";
      if (code === "internal") deps.log.error("handshake failed", error);
      next(handshakeError(code));
    }
  });

  const cache = createRecordCache(deps.db);
  const hub = createLiveHub(io, deps.db, cache, deps.log);
  const writer = createReactionWriter(deps.db, cache, hub.reactionAdded);
  const handlers: Handlers = {
    "clock:sync": clockSync,
    ...deckHandlers(deps.db),
    "session:sync": sessionSync(hub),
    ...leadHandlers(deps.db, hub),
    ...participantHandlers(deps.db, writer, hub),
    ...intervisionHandlers(deps.db, hub),
    ...planHandlers(deps.db, hub),
  };
  const router = createRouter(handlers, deps.log);
  // Changes made outside the live channel (pages, server actions) reach the open screens too.
  const stopListening = listenForSessionChanges((sessionIds) => {
    for (const sessionId of sessionIds) hub.changed(sessionId);
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
    /** Tells clients, refuses new work, waits for handlers in flight, disconnects everyone. */
    async close() {
      stopListening();
      io.emit("server:restarting");
      io.engine.close();
      await router.drain();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
