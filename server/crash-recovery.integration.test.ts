import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "next-auth/jwt";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionView } from "@/lib/domain/session-view";
import type { Result } from "@/lib/errors";
import { liveAuth } from "@/lib/realtime/events";
import { participantCookieName } from "@/server/auth/participant-credential";
import { createDb, type Db } from "@/server/db/client";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { joinSession } from "@/server/services/live/participants";
import { createSession } from "@/server/services/sessions";
import { embeddedUrl, freePort, type RunningServer, startServerProcess } from "@/server/testing/server-process";

const SECRET = "crash-recovery-secret-that-is-long-enough";

/**
 * The server is killed (SIGKILL, no goodbye) in the middle of a round while participants post, then
 * started again. Every reaction that was acked is stored exactly once, the clients find their way
 * back by themselves, and what they then see equals the database.
 */
describe("a server crash in the middle of a round", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kring-crash-"));
  let scratch: ScratchDatabase | null = null;
  let server: RunningServer;
  let port: number;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    if (process.env.DATABASE_URL) scratch = await createScratchDatabase();
    port = await freePort();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    server?.child.kill("SIGKILL");
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () =>
    startServerProcess({
      PORT: String(port),
      KRING_DATA_DIR: dataDir,
      DATABASE_URL: scratch?.url ?? "",
      AUTH_SECRET: SECRET,
    });

  function client(cookie: string, sessionId: string, as: "lead" | "participant") {
    const socket = connect(`http://localhost:${port}`, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      auth: liveAuth(sessionId, as),
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
    });
    sockets.push(socket);
    const emit = (event: string, payload: unknown) =>
      socket
        .timeout(3000)
        .emitWithAck(event, payload)
        .catch(() => ({ ok: false, code: "timeout" })) as Promise<Result<unknown>>;
    return { socket, emit };
  }

  it("loses no acked reaction, stores none twice, and every client's state equals the database", async () => {
    server = await start();
    const url = scratch?.url ?? embeddedUrl(dataDir);
    const db: Db = createDb(url, 1);
    const user = await db.user.create({ data: { email: "crash@example.org", name: "Lea", passwordHash: "x" } });
    const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
    const deck = await db.deck.findFirstOrThrow();
    const session = await createSession(db, user.id, {
      title: "Crash",
      methodId: method.id,
      deckId: deck.id,
      agreements: "",
      anonymous: false,
      locale: "nl",
    });
    const people: { id: string; cookie: string }[] = [];
    for (const name of ["Anna", "Bram", "Carla"]) {
      const joined = await joinSession(db, SECRET, session.id, name);
      people.push({ id: joined.participantId, cookie: `${participantCookieName(session.id)}=${joined.cookieValue}` });
    }
    await db.$disconnect();

    const token = await encode({
      token: { sub: user.id, email: user.email, name: "Lea", sv: 0 },
      secret: SECRET,
      salt: "authjs.session-token",
    });
    const lead = client(`authjs.session-token=${token}`, session.id, "lead");
    await new Promise<void>((resolve) => lead.socket.once("connect", () => resolve()));
    expect(await lead.emit("phase:start", {})).toMatchObject({ ok: true });
    expect(await lead.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await lead.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const first = (await lead.emit("session:sync", {})) as { ok: true; data: SessionView };
    const roundId = first.data.round?.id;

    // Each participant posts in a loop like the browser's outbox: a reaction is retried with the
    // same client id until it is acked; only acked ones count as delivered.
    const acked = new Map<string, string>(); // clientId -> participant id
    let crashed = false;
    const perPerson = 12;
    const loops = people.map(async (person, index) => {
      const { emit, socket } = client(person.cookie, session.id, "participant");
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      for (let n = 0; n < perPerson; n++) {
        const clientId = crypto.randomUUID();
        for (;;) {
          const result = await emit("reaction:add", { clientId, roundId, kind: "idea", text: `${index}-${n}` });
          if (result.ok) {
            acked.set(clientId, person.id);
            break;
          }
          expect(["timeout", "internal"]).toContain(result.code);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        // Crash once, a third of the way through.
        if (!crashed && acked.size >= perPerson) {
          crashed = true;
          server.child.kill("SIGKILL");
          await new Promise((resolve) => server.child.once("exit", resolve));
          server = await start();
        }
      }
      return { emit, socket };
    });
    const clients = await Promise.all(loops);
    expect(crashed).toBe(true);

    // The restarted server serves its embedded database on a new port.
    const check = createDb(scratch?.url ?? embeddedUrl(dataDir), 1);
    const stored = await check.reaction.findMany({ where: { sessionId: session.id } });
    await check.$disconnect();
    expect(stored).toHaveLength(people.length * perPerson);
    expect(new Set(stored.map((reaction) => reaction.clientId))).toEqual(new Set(acked.keys()));
    for (const reaction of stored) expect(acked.get(reaction.clientId)).toBe(reaction.authorId);

    for (const [index, { emit }] of clients.entries()) {
      const view = (await emit("session:sync", {})) as { ok: true; data: SessionView };
      const mine = view.data.reactions
        .filter((reaction) => reaction.mine)
        .map((reaction) => reaction.text)
        .sort();
      const inDatabase = stored
        .filter((reaction) => reaction.authorId === people[index]?.id)
        .map((reaction) => reaction.text)
        .sort();
      expect(mine).toEqual(inDatabase);
      expect(view.data.pendingCount).toBe(stored.length - inDatabase.length);
    }
  }, 180_000);
});
