import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createSession } from "@/server/services/sessions";
import { chooseCase } from "./case-commands";
import { loadSessionRecord } from "./load";
import { changePhase } from "./phase-commands";
import { createRecordCache } from "./record-cache";

let database: ScratchDatabase;
let db: Db;

beforeAll(async () => {
  database = await createScratchDatabase();
  db = createDb(database.url, 4);
  await prepareDatabase(database.url, db);
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

async function openSession() {
  const user = await db.user.create({
    data: { email: `c-${crypto.randomUUID()}@example.org`, name: "Lea", passwordHash: "x" },
  });
  const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
  const deck = await db.deck.findFirstOrThrow();
  return createSession(db, user.id, {
    title: "Storm",
    methodId: method.id,
    deckId: deck.id,
    agreements: "",
    anonymous: false,
    locale: "nl",
  });
}

describe("the record cache's loads (a reconnect storm)", () => {
  it("shares loads of one session between concurrent callers: a room of 50 resyncing costs at most two", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const loads = Array.from({ length: 50 }, () => cache.load(session.id));
    expect(new Set(loads).size).toBeLessThanOrEqual(2);
    const records = await Promise.all(loads);
    expect(new Set(records.map((record) => record?.version)).size).toBe(1);
    // Once they are done, the next caller gets a load of its own.
    expect(cache.load(session.id)).not.toBe(loads[0]);
  });

  it("never answers a caller with a load that began before it asked", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const before = cache.load(session.id);
    const { version } = await changePhase(db, session.id, { type: "start" });
    const after = cache.load(session.id);
    expect((await after)?.version).toBe(version);
    expect((await before)?.version).toBeLessThanOrEqual(version);
  });
});

describe("the record cache's current record (a sync)", () => {
  it("answers from memory while the version holds, and loads again once the session moved on", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const first = await cache.current(session.id);
    expect(await cache.current(session.id)).toBe(first);
    const { version } = await changePhase(db, session.id, { type: "start" });
    const after = await cache.current(session.id);
    expect(after).not.toBe(first);
    expect(after?.version).toBe(version);
    expect(after?.status).toBe("running");
  });

  it("answers a room of 50 resyncing at once from one load", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const records = await Promise.all(Array.from({ length: 50 }, () => cache.current(session.id)));
    expect(new Set(records).size).toBe(1);
    expect(records[0]?.id).toBe(session.id);
  });

  it("waits for a load under way, and still answers with a change committed before it asked", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const before = cache.load(session.id);
    const { version } = await changePhase(db, session.id, { type: "start" });
    const after = await cache.current(session.id);
    expect(after?.version).toBe(version);
    expect(after?.status).toBe("running");
    expect((await before)?.version).toBeLessThanOrEqual(version);
  });

  it("says a deleted session is gone", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    expect(await cache.current(session.id)).not.toBeNull();
    await db.intervisionSession.delete({ where: { id: session.id } });
    expect(await cache.current(session.id)).toBeNull();
    expect(cache.get(session.id)).toBeUndefined();
  });
});

describe("a load of a session that changes meanwhile", () => {
  it("never loads half a change: a chosen case always comes with its owner's role", async () => {
    const session = await openSession();
    const owners = await Promise.all(
      ["Anna", "Bram"].map((displayName, joinIndex) =>
        db.participant.create({
          data: {
            sessionId: session.id,
            displayName,
            joinIndex,
            credentialHash: crypto.randomUUID(),
            agreementsAcceptedAt: new Date(),
          },
        }),
      ),
    );
    const cases = await Promise.all(
      owners.map((owner) =>
        db.case.create({
          data: { sessionId: session.id, ownerId: owner.id, clientId: crypto.randomUUID(), title: "t", question: "q" },
        }),
      ),
    );
    // The facilitator switches the chosen case back and forth while screens keep loading the session.
    const records: Awaited<ReturnType<typeof loadSessionRecord>>[] = [];
    let switching = true;
    const screens = Array.from({ length: 3 }, async () => {
      while (switching) records.push(await loadSessionRecord(db, session.id));
    });
    for (let turn = 0; turn < 60; turn += 1) await chooseCase(db, session.id, cases[turn % 2]?.id ?? "");
    switching = false;
    await Promise.all(screens);
    expect(records.length).toBeGreaterThan(3);
    for (const record of records) {
      const chosen = record?.cases.find((each) => each.status === "chosen");
      const owner = record?.participants.find((each) => each.role === "case_owner");
      expect(owner?.id).toBe(chosen?.ownerId);
    }
  });
});

describe("the record cache on several nodes", () => {
  it("follows another node's reaction when one behind, and forgets the record when further behind", async () => {
    const session = await openSession();
    const cache = createRecordCache(db);
    const record = await cache.load(session.id);
    if (!record) throw new Error("no record");
    const base = record.version;
    const reaction = (id: string) => ({
      id,
      clientId: crypto.randomUUID(),
      roundId: "round",
      authorId: "someone",
      kind: "idea" as const,
      text: "Van de andere node",
      anonymous: false,
      visibility: "revealed" as const,
      createdAt: Date.now(),
      usable: null,
      label: null,
    });
    cache.stored(session.id, base + 1, reaction("r1"));
    expect(cache.get(session.id)?.version).toBe(base + 1);
    expect(cache.get(session.id)?.reactions.map((each) => each.id)).toContain("r1");
    // Told again (the same version) or of an older one: nothing changes.
    cache.stored(session.id, base + 1, reaction("r1"));
    expect(cache.get(session.id)?.reactions.filter((each) => each.id === "r1")).toHaveLength(1);
    // A version missed on the way: the record can no longer be trusted to follow.
    cache.stored(session.id, base + 3, reaction("r3"));
    expect(cache.get(session.id)).toBeUndefined();
  });
});
