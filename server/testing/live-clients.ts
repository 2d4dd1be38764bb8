import { io } from "socket.io-client";
import { liveAuth } from "@/lib/realtime/events";
import { LiveClient, type LiveSocket } from "@/lib/realtime/live-client";
import { memoryStorage, Outbox, type ReturnedPost } from "@/lib/realtime/outbox";
import { RECONNECT_OPTIONS } from "@/lib/realtime/reconnect";

/**
 * A client as the browser's live hooks make it (`useLiveSession` + `useOutbox`), with the same
 * framework-free modules, for integration tests and the fault bench: a LiveClient on a real
 * Socket.io connection, and for a participant an Outbox in memory instead of localStorage.
 */
export function liveClient(
  url: string,
  options: {
    cookie?: string;
    sessionId: string;
    as: "lead" | "participant" | "projector";
    ackTimeoutMs?: number;
    /** The address to connect from (any of 127.0.0.0/8 on loopback): as if from its own computer. */
    localAddress?: string;
    /** How often a connected client asks what it missed (LiveClient's default: 30 s). */
    checkEveryMs?: number;
  },
) {
  const socket: LiveSocket = io(url, {
    transports: ["websocket"],
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    auth: liveAuth(options.sessionId, options.as),
    forceNew: true,
    ...RECONNECT_OPTIONS,
  });
  const live = new LiveClient(socket, {
    ackTimeoutMs: options.ackTimeoutMs ?? 10_000,
    checkEveryMs: options.checkEveryMs,
  });
  const storage = memoryStorage();
  const returned: ReturnedPost[] = [];
  /** When each post was acked (Date.now()), by client id: the fault bench times posts with it. */
  const acked = new Map<string, number>();
  const outbox = new Outbox({
    storage,
    send: async (payload) => {
      const answer = await live.emit("reaction:add", payload);
      if (answer.ok && !acked.has(payload.clientId)) acked.set(payload.clientId, Date.now());
      return answer;
    },
    onReturned: (post) => returned.push(post),
  });
  let connectErrors = 0;
  /** Refused handshakes and failed attempts, by the server's code or the error's message. */
  const connectErrorsBy = new Map<string, number>();
  let lastConnectError = "";
  socket.on("connect_error", (error) => {
    connectErrors += 1;
    lastConnectError = (error as Error & { data?: { code?: string } }).data?.code ?? error.message;
    connectErrorsBy.set(lastConnectError, (connectErrorsBy.get(lastConnectError) ?? 0) + 1);
  });
  // As useOutbox's effect on `connected`: tell the outbox when the connection comes and goes.
  live.subscribe((state) => outbox.setConnected(state.connection === "connected"));
  outbox.setConnected(live.state.connection === "connected");
  return {
    socket,
    live,
    outbox,
    storage,
    returned,
    acked,
    get connectErrors() {
      return connectErrors;
    },
    connectErrorsBy,
    get lastConnectError() {
      return lastConnectError;
    },
    close() {
      outbox.close();
      live.close();
    },
  };
}

export type TestLiveClient = ReturnType<typeof liveClient>;

/** Resolves once `condition` holds, checking every 20 ms; rejects with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
