// The benchmark's baseline: a bare Socket.io server that relays each message to the rest of its room
// and acks it, with no validation, no database and no per-viewer views. Kring is measured against it.
// With a Redis URL and a key (several nodes), it runs on Socket.io's Redis adapter, as Kring does.
//   tsx scripts/bench/baseline-server.ts <port> [<redis-url> <key>]
import { createServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import { Server } from "socket.io";
import { newClient } from "@/server/cluster/redis";

const port = Number(process.argv[2] ?? 0);
const [redisUrl, key] = process.argv.slice(3);
let adapter: ReturnType<typeof createAdapter> | undefined;
if (redisUrl && key) {
  const [pub, sub] = [newClient(redisUrl), newClient(redisUrl)];
  await Promise.all([pub.connect(), sub.connect()]);
  adapter = createAdapter(pub, sub, { key });
}
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, ...(adapter ? { adapter } : {}) });
io.on("connection", (socket) => {
  const room = String(socket.handshake.auth.room ?? "");
  void socket.join(room);
  socket.on("post", (payload: unknown, ack?: () => void) => {
    socket.to(room).emit("post", payload);
    ack?.();
  });
});
httpServer.listen(port, "127.0.0.1", () => {
  const address = httpServer.address();
  console.log(`baseline listening on ${typeof address === "object" && address ? address.port : port}`);
});
