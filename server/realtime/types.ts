import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import type { SocketData } from "./handshake-auth";

export type KringServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type KringSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
