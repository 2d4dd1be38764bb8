"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io } from "socket.io-client";
import type { SessionView } from "@/lib/domain/session-view";
import { type ClientEventName, type ClientEventPayload, liveAuth } from "@/lib/realtime/events";
import { type Emit, LiveClient, type LiveSocket, type LiveState, type ViewStore } from "@/lib/realtime/live-client";
import { RECONNECT_OPTIONS } from "@/lib/realtime/reconnect";

export type { Connection, Emit, LiveSocket } from "@/lib/realtime/live-client";

const viewKey = (sessionId: string, as: string) => `kring-view:${as}:${sessionId}`;

/** The last view this browser saw (sessionStorage), so a reload without network still shows where you were. */
function sessionViewStore(sessionId: string, as: string): ViewStore {
  return {
    read() {
      try {
        return JSON.parse(sessionStorage.getItem(viewKey(sessionId, as)) ?? "null") as SessionView | null;
      } catch {
        return null;
      }
    },
    write(view) {
      try {
        sessionStorage.setItem(viewKey(sessionId, as), JSON.stringify(view));
      } catch {
        // A full or blocked storage only costs the offline copy.
      }
    },
  };
}

const RELOADED_KEY = "kring-reloaded-for-update";

/**
 * Loads the page again, bringing this build's code: the server refused the page's protocol
 * (`outdated`), as it does for a page loaded before an update. What was typed is kept in this
 * browser. Once a minute at most, so that a page the server still refuses shows why instead of
 * reloading in a loop.
 */
function reloadForUpdate() {
  try {
    if (Date.now() - Number(sessionStorage.getItem(RELOADED_KEY) ?? 0) < 60_000) return;
    sessionStorage.setItem(RELOADED_KEY, String(Date.now()));
  } catch {
    return;
  }
  window.location.reload();
}

const initial: LiveState = { view: null, connection: "connecting", offset: 0, fatal: null, savingPaused: false };

/**
 * The one place that opens the live channel (the only io() call in the app). The logic (views,
 * patches, coalesced resyncs, handshake retries, clock offset, saving paused) is in
 * `lib/realtime/live-client.ts`, which tests and the fault bench drive the same way.
 */
export function useLiveSession(
  sessionId: string,
  as: "lead" | "participant" | "projector",
  firstView: SessionView | null = null,
) {
  // The server rendered the page with `firstView`; the first render here must match it.
  const [state, setState] = useState<LiveState>(() => ({ ...initial, view: firstView }));
  const first = useRef(firstView);
  const [client, setClient] = useState<LiveClient | null>(null);

  useEffect(() => {
    // WebSocket first; long-polling when a meeting-room proxy blocks websockets.
    const socket: LiveSocket = io({
      auth: liveAuth(sessionId, as),
      // On several nodes the proxy routes by this, so that a session's screens meet on one node
      // (docs/deploy/two-nodes.md). The session's id is in the page's address anyway.
      query: { session: sessionId },
      transports: ["websocket", "polling"],
      tryAllTransports: true,
      ...RECONNECT_OPTIONS,
    });
    const live = new LiveClient(socket, { viewStore: sessionViewStore(sessionId, as), initialView: first.current });
    setClient(live);
    setState(live.state);
    const unsubscribe = live.subscribe(setState);
    return () => {
      unsubscribe();
      live.close();
      setClient(null);
    };
  }, [sessionId, as]);

  useEffect(() => {
    if (state.fatal === "outdated") reloadForUpdate();
  }, [state.fatal]);

  const emit: Emit = useCallback(
    async (event, payload) => (client ? client.emit(event, payload) : { ok: false, code: "offline", message: "" }),
    [client],
  );

  return { ...state, emit };
}

/** What a live control is given: the channel to send on, and where a refusal's message goes. */
export interface LiveCommands {
  emit: Emit;
  onError: (message: string) => void;
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
