import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Result } from "@/lib/errors";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createLogger } from "@/server/logger";
import { createRealtime } from "./create-realtime";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const secret = "integration-test-secret-that-is-long-enough";
const cookieName = "authjs.session-token";

describe("live channel: router, handshake and origin checks on a real Socket.io server", () => {
  let database: ScratchDatabase;
  let db: Db;
  let httpServer: HttpServer;
  let realtime: ReturnType<typeof createRealtime>;
  let url: string;
  let facilitatorCookie: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = createDb(database.url, 1);
    await prepareDatabase(database.url, db);
    const user = await db.user.create({ data: { email: "lead@example.org", name: "Lea", passwordHash: "x" } });
    const token = await encode({
      token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
      secret,
      salt: cookieName,
    });
    facilitatorCookie = `${cookieName}=${token}`;
    httpServer = createServer();
    realtime = createRealtime(httpServer, {
      db,
      env: { KRING_ALLOWED_ORIGINS: ["https://kring.example.org"] },
      log: createLogger("silent"),
      secret,
    });
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await realtime?.close();
    await db?.$disconnect();
    await database?.drop();
  });

  function open(options: { cookie?: string; origin?: string; transport?: "websocket" | "polling" } = {}) {
    const headers: Record<string, string> = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.origin) headers.origin = options.origin;
    const socket: ClientSocket = connect(url, {
      transports: [options.transport ?? "websocket"],
      extraHeaders: headers,
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    return socket;
  }

  function connected(socket: ClientSocket): Promise<"connected" | "refused"> {
    return new Promise((resolve) => {
      socket.once("connect", () => resolve("connected"));
      socket.once("connect_error", () => resolve("refused"));
    });
  }

  function emit<E extends keyof ClientToServerEvents>(socket: ClientSocket, event: E, payload: unknown) {
    return new Promise<Result<unknown>>((resolve) => {
      (socket.emit as (event: string, payload: unknown, ack: (result: Result<unknown>) => void) => void)(
        event,
        payload,
        resolve,
      );
    });
  }

  async function rowCounts() {
    const [users, decks, lessons, sessions] = await Promise.all([
      db.user.count(),
      db.deck.count(),
      db.lesson.count(),
      db.intervisionSession.count(),
    ]);
    return { users, decks, lessons, sessions };
  }

  it("answers a valid event with { ok: true, data }", async () => {
    const socket = open();
    expect(await connected(socket)).toBe("connected");
    const before = Date.now();
    const result = await emit(socket, "clock:sync", { clientSentAt: 123 });
    expect(result).toMatchObject({ ok: true, data: { clientSentAt: 123 } });
    const serverTime = (result as { data: { serverTime: number } }).data.serverTime;
    expect(serverTime).toBeGreaterThanOrEqual(before);
  });

  it("refuses a bad payload with a code and a translated message, and changes nothing", async () => {
    const counts = await rowCounts();
    const dutch = open({ cookie: facilitatorCookie });
    const english = open({ cookie: `${facilitatorCookie}; kring-locale=en` });
    await Promise.all([connected(dutch), connected(english)]);

    for (const payload of [
      "not an object",
      { clientSentAt: "soon" },
      { clientSentAt: -1 },
      { clientSentAt: 1, extra: true },
      null,
    ]) {
      expect(await emit(dutch, "clock:sync", payload)).toEqual({
        ok: false,
        code: "bad_request",
        message: "Dat verzoek klopt niet. Controleer wat je invulde en probeer het opnieuw.",
      });
    }
    expect(await emit(english, "deck:list", { sneaky: "payload" })).toEqual({
      ok: false,
      code: "bad_request",
      message: "That request is not valid. Check what you entered and try again.",
    });
    expect(await rowCounts()).toEqual(counts);
  });

  it("refuses a facilitator event from a connection that is not signed in, or signed with a forged cookie", async () => {
    const anonymous = open();
    const forged = open({ cookie: `${cookieName}=${facilitatorCookie.split("=")[1]?.slice(0, -4)}AAAA` });
    await Promise.all([connected(anonymous), connected(forged)]);
    for (const socket of [anonymous, forged]) {
      const result = await emit(socket, "deck:list", {});
      expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
      expect(result).not.toHaveProperty("data");
    }
  });

  it("knows the signed-in facilitator from the next-auth cookie", async () => {
    const socket = open({ cookie: facilitatorCookie });
    expect(await connected(socket)).toBe("connected");
    const result = await emit(socket, "deck:list", {});
    expect(result).toMatchObject({
      ok: true,
      data: [{ slug: "professioneel-participeren-2012", lessonCount: 24 }],
    });
  });

  it("refuses connections from pages of other sites, over websocket and polling alike", async () => {
    const websocket = open({ origin: "https://evil.example", transport: "websocket" });
    const polling = open({ origin: "https://evil.example", transport: "polling" });
    expect(await connected(websocket)).toBe("refused");
    expect(await connected(polling)).toBe("refused");

    const sameSite = open({ origin: url, transport: "websocket" });
    const configured = open({ origin: "https://kring.example.org", transport: "websocket" });
    expect(await connected(sameSite)).toBe("connected");
    expect(await connected(configured)).toBe("connected");
  });

  it("drops a connection that sends an oversized message, without answering it", async () => {
    const socket = open();
    await connected(socket);
    const disconnected = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    let answered = false;
    socket.emit("clock:sync", { clientSentAt: 1, padding: "x".repeat(100_000) } as never, () => {
      answered = true;
    });
    expect(await disconnected).toBe("transport close");
    expect(answered).toBe(false);
  });
});
