import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { createSession } from "@/server/services/sessions";
import { batchedCredentialLookup } from "./credential-lookup";
import { authenticateParticipant, joinSession, removeParticipant } from "./participants";

const SECRET = "credential-lookup-secret-long-enough-for-kring";
let database: ScratchDatabase;
let db: Db;

beforeAll(async () => {
  database = await createScratchDatabase();
  db = createDb(database.url, 2);
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
  const session = await createSession(db, user.id, {
    title: "Storm",
    methodId: method.id,
    deckId: deck.id,
    agreements: "",
    anonymous: false,
    locale: "nl",
  });
  await db.intervisionSession.update({ where: { id: session.id }, data: { status: "lobby" } });
  return session;
}

describe("credentials checked together (a room's handshakes after a restart)", () => {
  it("answers each of many handshakes of one moment as alone: known, removed, forged, of another session", async () => {
    const session = await openSession();
    const other = await openSession();
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, index) => joinSession(db, SECRET, session.id, `Deelnemer ${index}`)),
    );
    const stranger = await joinSession(db, SECRET, other.id, "Elders");
    await removeParticipant(db, session.id, people[0]?.participantId ?? "");
    const lookUp = batchedCredentialLookup(db);
    const check = (sessionId: string, cookie: string | undefined) =>
      authenticateParticipant(db, SECRET, sessionId, cookie, lookUp);
    const [removed, ...rest] = await Promise.all([
      ...people.map((person) => check(session.id, person.cookieValue)),
      check(session.id, stranger.cookieValue),
      check(session.id, `${people[1]?.participantId}.forged.token`),
    ]);
    expect(removed).toEqual({ removed: true });
    const known = rest.slice(0, 11);
    expect(known.map((found) => found && !found.removed && found.participant.id)).toEqual(
      people.slice(1).map((person) => person.participantId),
    );
    expect(rest.slice(11)).toEqual([null, null]);
  });

  it("fails every handshake of its moment when the database is away, and the next ones work again", async () => {
    const session = await openSession();
    const person = await joinSession(db, SECRET, session.id, "Anna");
    // The same database at a port where nothing listens.
    const away = createDb(database.url.replace(/:\d+\//, ":1/"), 1);
    const broken = batchedCredentialLookup(away);
    const answers = await Promise.allSettled([
      authenticateParticipant(db, SECRET, session.id, person.cookieValue, broken),
      authenticateParticipant(db, SECRET, session.id, person.cookieValue, broken),
    ]);
    await away.$disconnect().catch(() => undefined);
    expect(answers.map((answer) => answer.status)).toEqual(["rejected", "rejected"]);
    const found = await authenticateParticipant(
      db,
      SECRET,
      session.id,
      person.cookieValue,
      batchedCredentialLookup(db),
    );
    expect(found && !found.removed && found.participant.id).toBe(person.participantId);
  });
});
