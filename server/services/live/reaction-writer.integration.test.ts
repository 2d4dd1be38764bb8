import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VersionedReaction } from "@/lib/domain/session-patch";
import { KringError } from "@/lib/errors";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createSession } from "@/server/services/sessions";
import { joinSession, removeParticipant } from "./participants";
import { changePhase } from "./phase-commands";
import { createReactionWriter } from "./reaction-writer";
import { createRecordCache } from "./record-cache";
import { dealCard, revealRound } from "./round-commands";

const SECRET = "writer-test-secret-that-is-long-enough-for-kring";
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

/** A session in its lesson round with a dealt card, three participants, and a writer that records its patches. */
async function lessonRound() {
  const user = await db.user.create({
    data: { email: `w-${crypto.randomUUID()}@example.org`, name: "Lea", passwordHash: "x" },
  });
  const method = await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } });
  const deck = await db.deck.findFirstOrThrow();
  const session = await createSession(db, user.id, {
    title: "Schrijver",
    methodId: method.id,
    deckId: deck.id,
    agreements: "",
    anonymous: false,
    locale: "nl",
  });
  const people = [];
  for (const name of ["Anna", "Bram", "Chris"]) people.push(await joinSession(db, SECRET, session.id, name));
  await changePhase(db, session.id, { type: "start" });
  await changePhase(db, session.id, { type: "next" });
  const { value } = await dealCard(db, session.id, { random: true });
  const announced: VersionedReaction[] = [];
  const cache = createRecordCache(db);
  const writer = createReactionWriter(db, cache, (_sessionId, stored) => announced.push(...stored));
  const post = (participantId: string, text: string, clientId: string = crypto.randomUUID()) =>
    writer.post(session.id, participantId, { clientId, roundId: value.roundId, kind: "idea", text });
  return { session, people, roundId: value.roundId, announced, post, cache };
}

const stored = (sessionId: string) =>
  db.reaction.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" }, select: { text: true, clientId: true } });

describe("the reaction writer (hot path)", () => {
  it("stores a burst of reactions once each and announces them in version order, one version each", async () => {
    const { session, people, announced, post } = await lessonRound();
    const before = await db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } });
    const texts = Array.from({ length: 30 }, (_, index) => `schrijfproef ${index}`);
    const answers = await Promise.all(texts.map((text, index) => post(people[index % 3]?.participantId ?? "", text)));
    expect(new Set(answers.map((answer) => answer.reactionId)).size).toBe(30);
    expect((await stored(session.id)).map((row) => row.text).sort()).toEqual([...texts].sort());
    const versions = announced.map((entry) => entry.version);
    expect(versions).toEqual(Array.from({ length: 30 }, (_, index) => before.version + index + 1));
    const after = await db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.version).toBe(before.version + 30);
    // Each answer names the version its reaction produced.
    expect(answers.map((answer) => answer.version).sort((a, b) => a - b)).toEqual(versions);
    // Hidden until the reveal: every announcement counts the pending reactions so far.
    expect(announced.at(-1)?.added.pendingByAuthor).toEqual(
      new Map(people.map((person) => [person.participantId, 10])),
    );
  });

  it("stores a retried client id once and answers it with the same reaction", async () => {
    const { session, people, post } = await lessonRound();
    const clientId = crypto.randomUUID();
    const anna = people[0]?.participantId ?? "";
    const [first, second] = await Promise.all([
      post(anna, "dubbel verstuurd", clientId),
      post(anna, "dubbel verstuurd", clientId),
    ]);
    const third = await post(anna, "dubbel verstuurd", clientId);
    expect(second.reactionId).toBe(first.reactionId);
    expect(third.reactionId).toBe(first.reactionId);
    expect([first.announced, second.announced, third.announced]).toEqual([true, false, false]);
    expect(await stored(session.id)).toHaveLength(1);
  });

  it("follows the session when it changed behind the cache: a revealed round takes no more hidden reactions", async () => {
    const { session, people, post, announced } = await lessonRound();
    const anna = people[0]?.participantId ?? "";
    await post(anna, "voor de onthulling");
    // Revealed through the transactional path; the writer's cached record still shows it open.
    await revealRound(db, session.id);
    await expect(post(anna, "na de onthulling")).rejects.toThrow(KringError);
    await expect(post(anna, "na de onthulling")).rejects.toMatchObject({ code: "round_closed" });
    expect((await stored(session.id)).map((row) => row.text)).toEqual(["voor de onthulling"]);
    expect(announced).toHaveLength(1);
  });

  it("refuses a removed participant, even while its record is cached", async () => {
    const { session, people, post } = await lessonRound();
    const bram = people[1]?.participantId ?? "";
    await post(bram, "nog even");
    await removeParticipant(db, session.id, bram);
    await expect(post(bram, "na verwijdering")).rejects.toMatchObject({ code: "removed" });
    expect((await stored(session.id)).map((row) => row.text)).toEqual(["nog even"]);
  });

  it("keeps the round's quota within one batch", async () => {
    const { session, people, post } = await lessonRound();
    await db.sessionPhase.updateMany({
      where: { sessionId: session.id, kind: "lesson_round" },
      data: {
        rules: {
          whoMayPost: "everyone",
          postKinds: ["idea"],
          quota: 2,
          ownerSilent: false,
          anonymous: false,
          hiddenUntilReveal: true,
          dealsLessons: true,
        },
      },
    });
    // The rules changed outside a session command: raise the version as every command does.
    await db.intervisionSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
    const chris = people[2]?.participantId ?? "";
    const results = await Promise.allSettled([post(chris, "een"), post(chris, "twee"), post(chris, "drie")]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect(results[2]).toMatchObject({ reason: { code: "quota_reached" } });
    expect(await stored(session.id)).toHaveLength(2);
  });

  it("commits many sessions' reactions together, each session with its own versions and order", async () => {
    const rooms = [];
    for (let i = 0; i < 6; i++) rooms.push(await lessonRound());
    // One writer for all of them, as the server has.
    const cache = createRecordCache(db);
    const announced = new Map<string, number[]>();
    const writer = createReactionWriter(db, cache, (sessionId, stored) =>
      announced.set(sessionId, [...(announced.get(sessionId) ?? []), ...stored.map(({ version }) => version)]),
    );
    const before = new Map(
      await Promise.all(
        rooms.map(async (room) => {
          const row = await db.intervisionSession.findUniqueOrThrow({ where: { id: room.session.id } });
          return [room.session.id, row.version] as const;
        }),
      ),
    );
    // A clash no cache foresees: a client id already stored in another session.
    const [first, second] = rooms;
    const taken = crypto.randomUUID();
    await first?.post(first.people[0]?.participantId ?? "", "eerst hier", taken);
    const posts = rooms.flatMap((room) =>
      Array.from({ length: 10 }, (_, index) =>
        writer.post(room.session.id, room.people[index % 3]?.participantId ?? "", {
          clientId: room === second && index === 0 ? taken : crypto.randomUUID(),
          roundId: room.roundId,
          kind: "idea",
          text: `samen ${index}`,
        }),
      ),
    );
    const results = await Promise.allSettled(posts);
    // Only the clashing post fails; every other one, in every session, is stored once.
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(1);
    for (const room of rooms) {
      const texts = (await stored(room.session.id)).map((row) => row.text).filter((text) => text.startsWith("samen"));
      expect(texts).toHaveLength(room === second ? 9 : 10);
      const start = (before.get(room.session.id) ?? 0) + (room === first ? 1 : 0);
      const versions = announced.get(room.session.id) ?? [];
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, index) => start + index + 1));
      const after = await db.intervisionSession.findUniqueOrThrow({ where: { id: room.session.id } });
      expect(after.version).toBe(start + versions.length);
    }
  });
});
