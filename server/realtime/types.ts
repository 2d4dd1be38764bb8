import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import type { ClusterEvents } from "@/server/cluster/bus";
import type { SocketData } from "./handshake-auth";

export type KringServer = Server<ClientToServerEvents, ServerToClientEvents, ClusterEvents, SocketData>;
export type KringSocket = Socket<ClientToServerEvents, ServerToClientEvents, ClusterEvents, SocketData>;
