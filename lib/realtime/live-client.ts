import type { Socket } from "socket.io-client";
import { withOnline, withPresenceOf } from "@/lib/domain/presence";
import { applyPatches, replacesView } from "@/lib/domain/session-patch";
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
import { backoffMs } from "./outbox";
import { nextConnectTimeout, RECONNECT_OPTIONS } from "./reconnect";

/**
 * The live channel's client side, without React: the browser's `useLiveSession` wraps it around
 * its `io()` socket; integration tests and the fault bench drive the same class against a real
 * server. It keeps the newest view of the session, resyncs after every (re)connect and on a
 * version gap (at most one sync in flight; a gap first asks for just the patches it missed, and a
 * gap meanwhile asks for one more only if the answer did not already cover it), connects again
 * after a handshake the server refused for now (its database away) or a connection the server
 * closed, with backoff and jitter, and says when saving is paused.
 */

export type Connection = "connecting" | "connected" | "offline";
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type EmitAnswer<E extends ClientEventName> =
  | Result<ClientEventResult<E>>
  | { ok: false; code: "offline"; message: ""; retryAfterMs?: undefined };
export type Emit = <E extends ClientEventName>(event: E, payload: ClientEventPayload<E>) => Promise<EmitAnswer<E>>;

export interface LiveState {
  view: SessionView | null;
  connection: Connection;
  /** The server's clock minus this one's, in ms. */
  offset: number;
  /** A refusal after which reconnecting cannot help. */
  fatal: ErrorCode | null;
  /** The server cannot save now (its database is away); what is sent meanwhile is kept. */
  savingPaused: boolean;
}

/** Where the last view is kept so that a reload without network still shows it. */
export interface ViewStore {
  read(): SessionView | null;
  write(view: SessionView): void;
}

export interface LiveClientOptions {
  viewStore?: ViewStore;
  /** The view the page was rendered with on the server; the stored one wins only when it is newer. */
  initialView?: SessionView | null;
  ackTimeoutMs?: number;
  /**
   * While connected, about this often (moved by up to half at random) the client asks what it
   * missed since the version it shows: a screen that missed the last change, with no change after
   * it to show the gap, comes right within this time. Cheap for the server: the answer is usually
   * "nothing", from memory.
   */
  checkEveryMs?: number;
  random?: () => number;
}

/** Refusals after which reconnecting cannot help. */
export const FINAL_CODES: readonly ErrorCode[] = ["removed", "unauthenticated", "forbidden", "not_found", "outdated"];
const ACK_TIMEOUT_MS = 10_000;
const CHECK_EVERY_MS = 30_000;

function newest(first: SessionView | null, stored: SessionView | null): SessionView | null {
  if (!first) return stored;
  return stored && stored.version > first.version ? stored : first;
}

export class LiveClient {
  private current: LiveState;
  private listeners = new Set<(state: LiveState) => void>();
  private syncing = false;
  /** A sync must follow the one in flight whatever it answers (a reconnect happened meanwhile). */
  private mustResync = false;
  /** The newest version this client has heard of (from patches): a sync is owed until the view has it. */
  private known = -1;
  private handshakeFailures = 0;
  private handshakeTimer: ReturnType<typeof setTimeout> | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  /** How many syncs were sent (the fault bench reports it). */
  syncCount = 0;

  constructor(
    readonly socket: LiveSocket,
    private readonly options: LiveClientOptions = {},
  ) {
    this.current = {
      view: newest(options.initialView ?? null, options.viewStore?.read() ?? null),
      connection: socket.connected ? "connected" : "connecting",
      offset: 0,
      fatal: null,
      savingPaused: false,
    };
    socket.on("connect", () => this.onConnect());
    socket.on("disconnect", (reason) => {
      this.stopChecking();
      this.set({ connection: "offline" });
      // Closed by the server without a final word (after too many refusals, say): Socket.io does
      // not reconnect by itself then, so this does, with backoff; a removal has set `fatal` first.
      if (reason === "io server disconnect" && !this.current.fatal) this.connectLater();
    });
    socket.on("connect_error", (error) => this.onConnectError(error));
    socket.on("session:state", (view) => this.accept(view));
    socket.on("session:patches", (patches) => {
      for (const patch of patches) this.known = Math.max(this.known, patch.version);
      const view = this.current.view;
      if (!view) return;
      const applied = applyPatches(view, patches);
      if (applied.view !== view) this.commit(applied.view);
      // A version was missed (or arrived out of order): ask for what is missing.
      if (applied.gap) this.requestSync(false);
    });
    socket.on("session:presence", ({ online }) => {
      const view = this.current.view;
      if (view) this.commitPresence(withOnline(view, new Set(online)));
    });
    socket.on("session:removed", () => this.set({ fatal: "removed" }));
    socket.on("server:restarting", () => this.set({ connection: "connecting" }));
    socket.on("server:saving", ({ paused }) => this.set({ savingPaused: paused }));
    if (socket.connected) this.onConnect();
  }

  get state(): LiveState {
    return this.current;
  }

  subscribe(listener: (state: LiveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event and resolves with its answer, or `offline` when there is none. */
  emit: Emit = (event, payload) => this.ask(event, payload, () => undefined);

  /**
   * As `emit`, and `atArrival` runs with the answer as it is read off the socket: before any message
   * the server sent after it. A sync's view is taken there, so that a presence message sent just
   * after it (and read off the socket in the same turn) lands on it, not before it.
   */
  private ask<E extends ClientEventName>(
    event: E,
    payload: ClientEventPayload<E>,
    atArrival: (answer: EmitAnswer<E>) => void,
  ): Promise<EmitAnswer<E>> {
    return new Promise((resolve) => {
      if (!this.socket.connected) {
        resolve({ ok: false, code: "offline", message: "" });
        return;
      }
      // The event map types each call; here the event is generic, so the call goes through unknown.
      const timed = this.socket.timeout(this.options.ackTimeoutMs ?? ACK_TIMEOUT_MS) as unknown as {
        emit(event: string, payload: unknown, callback: (error: unknown, answer: EmitAnswer<E>) => void): void;
      };
      timed.emit(event, payload, (error, answer) => {
        if (error) {
          resolve({ ok: false, code: "offline", message: "" });
          return;
        }
        if (!answer.ok && answer.code === "unavailable") this.set({ savingPaused: true });
        else if (answer.ok && event !== "clock:sync" && this.current.savingPaused) this.set({ savingPaused: false });
        atArrival(answer);
        resolve(answer);
      });
    });
  }

  close() {
    this.closed = true;
    this.stopChecking();
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.socket.disconnect();
    this.listeners.clear();
  }

  private set(change: Partial<LiveState>) {
    const next = { ...this.current, ...change };
    if (Object.keys(change).every((key) => next[key as keyof LiveState] === this.current[key as keyof LiveState])) {
      return;
    }
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  private commit(view: SessionView) {
    this.options.viewStore?.write(view);
    this.set({ view });
  }

  /** A whole view replaces an older one, never a newer one; its presence is taken either way. */
  private accept(view: SessionView) {
    const shown = this.current.view;
    if (replacesView(shown, view)) this.commit(view);
    else if (shown) this.commitPresence(withPresenceOf(shown, view));
  }

  private commitPresence(view: SessionView) {
    if (view !== this.current.view) this.commit(view);
  }

  private onConnect() {
    this.handshakeFailures = 0;
    this.socket.io.timeout(RECONNECT_OPTIONS.timeout);
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.handshakeTimer = null;
    this.set({ connection: "connected" });
    this.requestSync(true);
    void this.measureClock();
    this.checkLater();
  }

  /** Plans the next check for a missed change (see `checkEveryMs`). */
  private checkLater() {
    this.stopChecking();
    const every = this.options.checkEveryMs ?? CHECK_EVERY_MS;
    const random = this.options.random ?? Math.random;
    this.checkTimer = setTimeout(
      () => {
        this.checkTimer = null;
        void this.check().finally(() => {
          if (!this.closed && this.socket.connected) this.checkLater();
        });
      },
      Math.round(every / 2 + random() * every),
    );
  }

  private stopChecking() {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = null;
  }

  /** Asks what was missed since the version shown, unless a sync is under way (it asks anyway). */
  private async check() {
    const shown = this.current.view?.version;
    if (this.syncing || this.closed || !this.socket.connected || shown === undefined) return;
    this.syncing = true;
    try {
      await this.catchUp(shown);
    } finally {
      this.syncing = false;
    }
    // A gap noticed meanwhile waited for this check to end.
    if (this.owed()) this.requestSync(false);
  }

  private onConnectError(error: Error) {
    this.socket.io.timeout(nextConnectTimeout(error));
    const code = (error as Error & { data?: { code?: ErrorCode } }).data?.code;
    if (code && FINAL_CODES.includes(code)) {
      this.set({ fatal: code });
      this.socket.disconnect();
      return;
    }
    this.set({ connection: "offline", ...(code === "unavailable" ? { savingPaused: true } : {}) });
    // Refused by the server for now (its database away, too busy): Socket.io does not try again by
    // itself after a refusal in the handshake, so this does, with backoff and jitter.
    this.connectLater();
  }

  /** Connects again after a backoff, unless Socket.io is already trying (an active socket) or one is planned. */
  private connectLater() {
    if (!this.socket.active && !this.closed && !this.handshakeTimer) {
      this.handshakeFailures += 1;
      this.handshakeTimer = setTimeout(
        () => {
          this.handshakeTimer = null;
          if (!this.closed && !this.socket.connected) this.socket.connect();
        },
        backoffMs(this.handshakeFailures, this.options.random, 500, 5000),
      );
    }
  }

  /**
   * At most one sync in flight. `force` (after a connect) asks for one more after the one in flight
   * whatever it brings; a gap asks for one more only if the answer is still older than the gap.
   */
  private requestSync(force: boolean) {
    if (force) this.mustResync = true;
    if (this.syncing) return;
    void this.runSync();
  }

  private owed(): boolean {
    return this.mustResync || (this.current.view?.version ?? -1) < this.known;
  }

  private async runSync() {
    this.syncing = true;
    let failures = 0;
    let behind = 0;
    let caughtUp: boolean | null = null;
    try {
      while (!this.closed && this.socket.connected && this.owed()) {
        // After a connect, the whole view (presence may have changed too); after a gap, first what
        // was missed since the version shown, which the server answers with the patches when it can.
        const since: number | undefined =
          !this.mustResync && caughtUp === null ? this.current.view?.version : undefined;
        this.mustResync = false;
        this.syncCount += 1;
        // A view in the answer is taken as it arrives (see `ask`).
        const answer: EmitAnswer<"session:sync"> | { ok: true; data: null } =
          since === undefined
            ? await this.ask("session:sync", {}, (arrived) => {
                if (arrived.ok) this.accept(arrived.data);
              })
            : await this.catchUp(since);
        if (since !== undefined) caughtUp = answer.ok;
        if (answer.ok) {
          failures = 0;
          // The patches did not close the gap (something else changed too): the whole view, now.
          if (!answer.data && this.owed()) continue;
          if (!this.mustResync && this.owed()) {
            // The answer was read before the newest patch: ask again, after a short pause, and
            // give up on a gap that three answers did not close (the next change brings it anyway).
            behind += 1;
            if (behind >= 3) this.known = this.current.view?.version ?? -1;
            else await new Promise((resolve) => setTimeout(resolve, backoffMs(behind, this.options.random, 50, 1000)));
          }
          continue;
        }
        if (FINAL_CODES.includes(answer.code as ErrorCode)) {
          this.set({ fatal: answer.code as ErrorCode });
          return;
        }
        // Not now (no answer, the database away, busy): try again after a while.
        this.mustResync = true;
        failures += 1;
        const wait = Math.max(answer.retryAfterMs ?? 0, backoffMs(failures, this.options.random, 250, 5000));
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    } finally {
      this.syncing = false;
    }
  }

  /**
   * Asks for what was missed since `since`, and takes it as it arrives (see `ask`): the patches, or
   * a whole view. Answers with the whole view it took, if any.
   */
  private async catchUp(since: number): Promise<EmitAnswer<"session:sync"> | { ok: true; data: null }> {
    const answer = await this.ask("session:catchup", { since }, (arrived) => {
      if (!arrived.ok) return;
      if ("view" in arrived.data) {
        this.accept(arrived.data.view);
        return;
      }
      const view = this.current.view;
      if (!view) return;
      const applied = applyPatches(view, arrived.data.patches);
      if (applied.view !== view) this.commit(applied.view);
    });
    if (!answer.ok) return answer;
    return { ok: true, data: "view" in answer.data ? answer.data.view : null };
  }

  private async measureClock() {
    const samples: { sentAt: number; serverTime: number; receivedAt: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const sentAt = Date.now();
      const answer = await this.emit("clock:sync", { clientSentAt: sentAt });
      if (answer.ok) samples.push({ sentAt, serverTime: answer.data.serverTime, receivedAt: Date.now() });
    }
    if (samples.length > 0) this.set({ offset: clockOffset(samples) });
  }
}
