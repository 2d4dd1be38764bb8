"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { SessionView } from "@/lib/domain/session-view";
import { clockOffset } from "@/lib/domain/timer";
import type { ErrorCode, Result } from "@/lib/errors";
import type {
  ClientEventName,
  ClientEventPayload,
  ClientEventResult,
  ClientToServerEvents,
  ServerToClientEvents,
} from "@/lib/realtime/events";

export type Connection = "connecting" | "connected" | "offline";
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Emit = <E extends ClientEventName>(
  event: E,
  payload: ClientEventPayload<E>,
) => Promise<Result<ClientEventResult<E>> | { ok: false; code: "offline"; message: "" }>;

const viewKey = (sessionId: string, as: string) => `kring-view:${as}:${sessionId}`;

/** The last view this browser saw, so a reload without a connection still shows where you were. */
function cachedView(sessionId: string, as: string): SessionView | null {
  try {
    return JSON.parse(sessionStorage.getItem(viewKey(sessionId, as)) ?? "null") as SessionView | null;
  } catch {
    return null;
  }
}

/** Refusals after which reconnecting cannot help. */
const FINAL: ErrorCode[] = ["removed", "unauthenticated", "forbidden", "not_found"];
const ACK_TIMEOUT_MS = 10_000;

/**
 * The one place that opens the live channel (the only io() call in the app). It keeps the newest
 * view of the session, measures the clock offset to the server, resyncs the whole view after every
 * (re)connect, and reconnects by itself after a lost connection, a closed lid or a server restart.
 */
export function useLiveSession(sessionId: string, as: "lead" | "participant" | "projector") {
  const [view, setView] = useState<SessionView | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [offset, setOffset] = useState(0);
  const [fatal, setFatal] = useState<ErrorCode | null>(null);
  const socketRef = useRef<LiveSocket | null>(null);

  useEffect(() => {
    // WebSocket first; long-polling when a meeting-room proxy blocks websockets.
    const live: LiveSocket = io({
      auth: { sessionId, as },
      transports: ["websocket", "polling"],
      tryAllTransports: true,
      reconnectionDelayMax: 4000,
      // A connection attempt that hangs (a captive portal, a half-open network) is retried after 5 s.
      timeout: 5000,
    });
    socketRef.current = live;
    setView(cachedView(sessionId, as));
    const accept = (next: SessionView) => {
      setView((current) => (!current || next.version >= current.version ? next : current));
      sessionStorage.setItem(viewKey(sessionId, as), JSON.stringify(next));
    };

    const measureClock = async () => {
      const samples: { sentAt: number; serverTime: number; receivedAt: number }[] = [];
      for (let i = 0; i < 3; i++) {
        const sentAt = Date.now();
        const result = await live
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck("clock:sync", { clientSentAt: sentAt })
          .catch(() => null);
        if (result?.ok) samples.push({ sentAt, serverTime: result.data.serverTime, receivedAt: Date.now() });
      }
      if (samples.length > 0) setOffset(clockOffset(samples));
    };

    live.on("connect", () => {
      setConnection("connected");
      live
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck("session:sync", {})
        .then((result) => {
          if (result.ok) accept(result.data);
          else if (FINAL.includes(result.code)) setFatal(result.code);
        })
        .catch(() => undefined);
      void measureClock();
    });
    live.on("session:state", accept);
    live.on("session:removed", () => setFatal("removed"));
    live.on("server:restarting", () => setConnection("connecting"));
    live.on("disconnect", () => setConnection("offline"));
    live.on("connect_error", (error) => {
      const code = (error as Error & { data?: { code?: ErrorCode } }).data?.code;
      if (code && FINAL.includes(code)) {
        setFatal(code);
        live.disconnect();
      } else setConnection("offline");
    });
    return () => {
      live.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, as]);

  const emit: Emit = useCallback(async (event, payload) => {
    const live = socketRef.current;
    if (!live?.connected) return { ok: false, code: "offline", message: "" };
    try {
      // The event map types each call; here the event is generic, so the call goes through unknown.
      const timed = live.timeout(ACK_TIMEOUT_MS) as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<Result<never>>;
      };
      return await timed.emitWithAck(event, payload);
    } catch {
      return { ok: false, code: "offline", message: "" };
    }
  }, []);

  return { view, connection, offset, fatal, emit };
}

/** Fire-and-report: sends a command; a refusal goes to `onError` as its translated message. */
export type Act = <E extends ClientEventName>(event: E, payload: ClientEventPayload<E>) => void;

export function useAct(emit: Emit, onError: (message: string) => void, offlineMessage: string): Act {
  return useCallback(
    (event, payload) => {
      void emit(event, payload).then((result) => {
        if (!result.ok) onError(result.message || offlineMessage);
      });
    },
    [emit, onError, offlineMessage],
  );
}
