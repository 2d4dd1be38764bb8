import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { type ClientToServerEvents, MAX_MESSAGE_BYTES, type ServerToClientEvents } from "@/lib/realtime/events";
import type { Db } from "@/server/db/client";
import type { KringEnv } from "@/server/env";
import { clockSync } from "@/server/handlers/clock";
import { deckHandlers } from "@/server/handlers/decks";
import type { Logger } from "@/server/logger";
import { readHandshake, type SocketData } from "./handshake-auth";
import { isOriginAllowed } from "./origin";
import { createRouter, type Handlers } from "./router";

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
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
  });

  io.use(async (socket, next) => {
    socket.data = await readHandshake(socket.handshake.headers.cookie, deps.secret);
    next();
  });

  const handlers: Handlers = { "clock:sync": clockSync, ...deckHandlers(deps.db) };
  const router = createRouter(handlers, deps.log);
  io.on("connection", (socket) => router.attach(socket));

  return {
    io,
    /** Tells clients, refuses new work, waits for handlers in flight, disconnects everyone. */
    async close() {
      io.emit("server:restarting");
      io.engine.close();
      await router.drain();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
