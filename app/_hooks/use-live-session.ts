"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import { applyPatch, replacesView } from "@/lib/domain/session-patch";
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
  const viewRef = useRef<SessionView | null>(null);

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
    const commit = (next: SessionView) => {
      viewRef.current = next;
      setView(next);
      sessionStorage.setItem(viewKey(sessionId, as), JSON.stringify(next));
    };
    viewRef.current = cachedView(sessionId, as);
    setView(viewRef.current);
    /** A whole view replaces an older one, never a newer one. */
    const accept = (next: SessionView) => {
      if (replacesView(viewRef.current, next)) commit(next);
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

    const sync = () =>
      live
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck("session:sync", {})
        .then((result) => {
          // Like any whole view (replacesView): the reaction the outbox delivered on reconnecting
          // may arrive as a patch before this answer, which must not undo it.
          if (result.ok) accept(result.data);
          else if (FINAL.includes(result.code)) setFatal(result.code);
        })
        .catch(() => undefined);

    live.on("connect", () => {
      setConnection("connected");
      void sync();
      void measureClock();
    });
    live.on("session:state", accept);
    live.on("session:patch", (patch) => {
      const current = viewRef.current;
      if (!current) return;
      const next = applyPatch(current, patch);
      if (next === "stale") return;
      // A version was missed (or arrived out of order): fetch the whole view.
      if (next === null) void sync();
      else commit(next);
    });
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
