// The benchmark's baseline: a bare Socket.io server that relays each message to the rest of its room
// and acks it, with no validation, no database and no per-viewer views. Kring is measured against it.
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.argv[2] ?? 0);
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
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
