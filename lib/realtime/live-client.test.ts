import { createServer } from "node:http";
import { type AddressInfo, createServer as createNetServer, type Server as NetServer } from "node:net";
import { Server } from "socket.io";
import { io } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import type { SessionCatchUp, SessionPatch } from "@/lib/domain/session-patch";
import type { SessionView } from "@/lib/domain/session-view";
import { LiveClient, type LiveSocket } from "./live-client";

/** The parts of a view that the live client reads; the rest does not matter here. */
function view(version: number, online: Record<string, boolean>): SessionView {
  return {
    version,
    round: { id: "r1" },
    reactions: [],
    pendingCount: 0,
    me: null,
    participants: Object.entries(online).map(([id, isOnline]) => ({ id, online: isOnline, submitted: false })),
  } as unknown as SessionView;
}

const patch = (version: number): SessionPatch => ({
  version,
  reaction: null,
  roundId: "r1",
  submittedCount: 0,
  pendingCount: version,
});

/** A catch-up answer with every patch after `since` up to `latest`. */
const patchesSince = (since: number, latest: number): SessionCatchUp => ({
  patches: Array.from({ length: latest - since }, (_, index) => patch(since + index + 1)),
});

/**
 * A real Socket.io server whose `session:sync` answers come when the test releases them. It answers
 * `session:catchup` with `catchUp(since)`, by default the whole view, as a server does that no longer
 * holds the patches; both count as syncs.
 */
async function scriptedServer(
  answer: () => SessionView,
  catchUp: (since: number) => SessionCatchUp = () => ({ view: answer() }),
) {
  const http = createServer();
  const server = new Server(http);
  let inFlight = 0;
  let maxInFlight = 0;
  let syncs = 0;
  const catchUps: number[] = [];
  let held: (() => void)[] = [];
  let holding = false;
  server.on("connection", (socket) => {
    const answering =
      (data: (payload: { since?: number }) => unknown) =>
      (payload: { since?: number }, ack: (result: unknown) => void) => {
        syncs += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const reply = () => {
          inFlight -= 1;
          ack({ ok: true, data: data(payload) });
        };
        if (holding) held.push(reply);
        else reply();
      };
    socket.on(
      "session:sync",
      answering(() => answer()),
    );
    socket.on(
      "session:catchup",
      answering(({ since }) => {
        catchUps.push(since ?? -1);
        return catchUp(since ?? -1);
      }),
    );
    socket.on("clock:sync", (_payload: unknown, ack: (result: unknown) => void) =>
      ack({ ok: true, data: { serverTime: Date.now() } }),
    );
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    server,
    url,
    stats: () => ({ syncs, maxInFlight }),
    catchUps,
    hold: () => {
      holding = true;
    },
    /** Answers the syncs held so far; `keepHolding` holds the next ones too. */
    release: (keepHolding = false) => {
      holding = keepHolding;
      for (const reply of held) reply();
      held = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("the live client", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  it("starts from the page's server-rendered view, or the stored one when that is newer, then takes the server's", async () => {
    const scripted = await scriptedServer(() => view(7, { p1: true }));
    scripted.hold();
    cleanup.push(scripted.close);
    const open = (stored: SessionView | null, first: SessionView | null) => {
      const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket, {
        initialView: first,
        viewStore: { read: () => stored, write: () => {} },
      });
      cleanup.push(() => client.close());
      return client;
    };
    // Before anything arrives over the socket, the screen shows a view at once.
    expect(open(view(4, {}), view(5, {})).state.view?.version).toBe(5);
    expect(open(view(6, {}), view(5, {})).state.view?.version).toBe(6);
    expect(open(null, view(5, {})).state.view?.version).toBe(5);
    const client = open(view(3, {}), null);
    expect(client.state.view?.version).toBe(3);
    scripted.release();
    await until(() => client.state.view?.version === 7);
  });

  it("coalesces resyncs: a burst of version gaps costs one sync in flight and no follow-up it does not need", async () => {
    let latest = 1;
    const scripted = await scriptedServer(() => view(latest, { p1: true }));
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 1);
    expect(scripted.stats().syncs).toBe(1);

    scripted.hold();
    // 50 patches that each skip a version: every one is a gap.
    for (let i = 0; i < 50; i++) {
      latest += 2;
      scripted.server.emit("session:patches", [patch(latest)]);
    }
    await until(() => scripted.stats().syncs === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    scripted.release();
    await until(() => client.state.view?.version === latest);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scripted.stats()).toEqual({ syncs: 2, maxInFlight: 1 });
  });

  it("asks once more when a gap is newer than the answer of the sync in flight", async () => {
    let answerVersion = 1;
    const scripted = await scriptedServer(() => view(answerVersion, {}));
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 1);
    scripted.hold();
    scripted.server.emit("session:patches", [patch(3)]);
    await until(() => scripted.stats().syncs === 2);
    scripted.server.emit("session:patches", [patch(9)]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The answer in flight was read before version 9 existed.
    answerVersion = 3;
    scripted.release(true);
    await until(() => scripted.stats().syncs === 3);
    answerVersion = 9;
    scripted.release();
    await until(() => client.state.view?.version === 9);
    expect(scripted.stats().maxInFlight).toBe(1);
  });

  it("catches up on a gap with just the patches it missed, and asks for the whole view only when they do not close it", async () => {
    let latest = 4;
    const missed = (since: number) => patchesSince(since, latest);
    const scripted = await scriptedServer(() => view(latest, {}), missed);
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 4);
    expect(scripted.stats().syncs).toBe(1);

    // Versions 5 and 6 were missed; 7 arrives: the client asks for what it missed since 4.
    latest = 7;
    scripted.server.emit("session:patches", [patch(7)]);
    await until(() => client.state.view?.version === 7);
    expect(scripted.catchUps).toEqual([4]);
    expect(client.state.view?.pendingCount).toBe(7);
    expect(scripted.stats().syncs).toBe(2);

    // The server holds only part of what was missed (something else changed too): the whole view next.
    latest = 12;
    const partly = await scriptedServer(
      () => view(latest, {}),
      (since) => ({ patches: [patch(since + 1)] }),
    );
    cleanup.push(partly.close);
    const other = new LiveClient(io(partly.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => other.close());
    await until(() => other.state.view?.version === 12);
    latest = 20;
    partly.server.emit("session:patches", [patch(20)]);
    await until(() => other.state.view?.version === 20);
    expect(partly.catchUps).toEqual([12]);
    expect(partly.stats()).toEqual({ syncs: 3, maxInFlight: 1 });
  });

  it("takes one commit's patches from one frame, in order, and catches up from where a gap inside it starts", async () => {
    let latest = 4;
    const scripted = await scriptedServer(
      () => view(latest, {}),
      (since) => patchesSince(since, latest),
    );
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    // The views the screen shows, one entry each (other state, such as the clock, changes too).
    const shown: number[] = [];
    let last: unknown = null;
    client.subscribe((state) => {
      if (state.view === last) return;
      last = state.view;
      shown.push(state.view?.version ?? -1);
    });
    await until(() => client.state.view?.version === 4);

    // Three reactions stored together arrive as one frame: the screen shows the last, once.
    latest = 7;
    scripted.server.emit("session:patches", [patch(5), patch(6), patch(7)]);
    await until(() => client.state.view?.version === 7);
    expect(shown.filter((version) => version > 4)).toEqual([7]);
    expect(scripted.catchUps).toEqual([]);

    // Version 9 is missing inside the next frame: 8 is taken, then what follows 8 is asked for.
    latest = 10;
    scripted.server.emit("session:patches", [patch(8), patch(10)]);
    await until(() => client.state.view?.version === 10);
    expect(scripted.catchUps).toEqual([8]);
    expect(client.state.view?.pendingCount).toBe(10);
  });

  it("a screen that missed the last change, with no change after it, asks by itself and comes right", async () => {
    let latest = 4;
    const missed = (since: number) => patchesSince(since, latest);
    const scripted = await scriptedServer(() => view(latest, {}), missed);
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket, {
      checkEveryMs: 40,
    });
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 4);
    // Version 5 happened, but its patch never reached this screen, and nothing follows it.
    latest = 5;
    await until(() => client.state.view?.version === 5);
    expect(scripted.catchUps.every((since) => since === 4 || since === 5)).toBe(true);
    // Up to date, the checks go on, each answered with nothing, and the view stays as it is.
    const checked = scripted.catchUps.length;
    await until(() => scripted.catchUps.length >= checked + 2);
    expect(client.state.view?.version).toBe(5);
    expect(scripted.stats().maxInFlight).toBe(1);
  });

  it("connects again by itself after the server closed the connection, unless it was told it was removed", async () => {
    const scripted = await scriptedServer(() => view(3, {}));
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket, {
      random: () => 0,
    });
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 3);
    // Closed from the server's side (as after too many refusals): Socket.io alone would stay away.
    for (const socket of await scripted.server.fetchSockets()) socket.disconnect(true);
    await until(() => client.state.connection === "offline");
    await until(() => client.state.connection === "connected" && scripted.stats().syncs === 2);

    // Removed: the word comes first, and the client stays away.
    for (const socket of await scripted.server.fetchSockets()) {
      socket.emit("session:removed");
      socket.disconnect(true);
    }
    await until(() => client.state.fatal === "removed" && client.state.connection === "offline");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(client.state.connection).toBe("offline");
    expect(scripted.server.engine.clientsCount).toBe(0);
  });

  it("waits longer for a server that refused it (coming back) than for one that stays silent (a bad network)", async () => {
    const listen = (server: NetServer | ReturnType<typeof createServer>, port = 0) =>
      new Promise<number>((resolve) =>
        server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
      );
    const fast = { transports: ["websocket"], forceNew: true, reconnectionDelay: 20, reconnectionDelayMax: 20 };
    const watch = (url: string, options: Record<string, unknown>) => {
      const socket = io(url, options);
      const client = new LiveClient(socket as LiveSocket, {});
      cleanup.push(() => client.close());
      const errors: string[] = [];
      socket.on("connect_error", (error) => errors.push(error.message));
      return { socket, client, errors };
    };

    // Silence: a server that takes the connection and never answers. The next try stays short.
    const silent = createNetServer(() => {});
    cleanup.push(() => void silent.close());
    const quiet = watch(`http://127.0.0.1:${await listen(silent)}`, { ...fast, timeout: 100 });
    await until(() => quiet.errors.length > 0);
    expect(quiet.errors[0]).toBe("timeout");
    expect(quiet.socket.io.timeout()).toBe(5000);

    // Refused: nothing listens yet. The next try waits 10 s for a server that is busy coming back,
    // and once it is back the timeout is the short one again.
    const http = createServer();
    const port = await listen(http);
    await new Promise((resolve) => http.close(resolve));
    const refused = watch(`http://127.0.0.1:${port}`, fast);
    await until(() => refused.errors.length > 0);
    expect(refused.socket.io.timeout()).toBe(10_000);
    const back = createServer();
    const server = new Server(back);
    cleanup.push(() => void server.close());
    await listen(back, port);
    await until(() => refused.client.state.connection === "connected");
    expect(refused.socket.io.timeout()).toBe(5000);
  });

  it("takes presence from a whole view that a reaction's patch overtook", async () => {
    const scripted = await scriptedServer(() => view(5, { anna: false }));
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 5);
    // Anna comes back and posts what she wrote offline: the patch (version 6) overtakes the whole
    // view that the server loaded at version 5 when she connected, which says she is online.
    scripted.server.emit("session:patches", [patch(6)]);
    scripted.server.emit("session:state", view(5, { anna: true }));
    await until(() => client.state.view?.participants[0]?.online === true);
    expect(client.state.view?.version).toBe(6);
    expect(client.state.view?.pendingCount).toBe(6);
  });

  it("marks who is connected from session:presence, keeping its version and content", async () => {
    const scripted = await scriptedServer(() => view(5, { anna: false, bram: true }));
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => client.state.view?.version === 5);
    scripted.server.emit("session:patches", [patch(6)]);
    scripted.server.emit("session:presence", { online: ["anna", "someone-new"] });
    await until(() => client.state.view?.participants[0]?.online === true);
    expect(client.state.view?.participants.map((p) => [p.id, p.online])).toEqual([
      ["anna", true],
      ["bram", false],
    ]);
    expect(client.state.view?.version).toBe(6);
    expect(client.state.view?.pendingCount).toBe(6);
  });

  it("keeps a presence message sent right after the sync's answer, over the answer's older presence", async () => {
    const scripted = await scriptedServer(() => view(5, { anna: true, bram: false }));
    scripted.hold();
    cleanup.push(scripted.close);
    const client = new LiveClient(io(scripted.url, { transports: ["websocket"], forceNew: true }) as LiveSocket);
    cleanup.push(() => client.close());
    await until(() => scripted.stats().syncs === 1);
    // Bram connects (to another node) while the answer was being read: the server sends the answer,
    // then at once who is present now. Both reach the client in the same turn.
    scripted.release();
    scripted.server.emit("session:presence", { online: ["anna", "bram"] });
    await until(() => client.state.view?.participants[1]?.online === true);
    expect(client.state.view?.participants.map((p) => [p.id, p.online])).toEqual([
      ["anna", true],
      ["bram", true],
    ]);
  });
});
