import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupFormSchema } from "@/lib/schemas/group-form";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { deleteSession, eraseParticipant } from "./erasure";
import { addMember, createGroup } from "./groups";

/**
 * Erasure leaves nothing that points at a person. The columns are read from the migrated database's
 * own catalogue, not listed by hand: a column added later that points at a participant is checked
 * too, and the fixture below must give it a row (else this test fails and says which one), so it
 * cannot be forgotten. Columns that hold a person's id without a foreign key are refused outright,
 * apart from the few known ones that erasure handles itself.
 */

/** Tables whose rows are people (or a person's account or group membership). */
const PERSON_TABLES = ["Participant", "GroupMember", "User"];

/** Id columns without a foreign key that are not a person's: client-generated ids for idempotency. */
const NOT_A_PERSON = new Set([
  "Case.clientId",
  "Reaction.clientId",
  "Vote.clientId",
  "ActionPoint.clientId",
  "_prisma_migrations.id",
]);

/** Arrays of participant ids (a speaking order); erasure takes the person out of them. */
const PARTICIPANT_ARRAYS = [
  { table: "Round", column: "turnOrder" },
  { table: "Round", column: "turnSkipped" },
];

interface Reference {
  table: string;
  column: string;
  target: string;
}

describe("erasure leaves no reference to a person", () => {
  let harness: LiveHarness;
  let references: Reference[];
  beforeAll(async () => {
    harness = await startLiveHarness();
    references = await harness.db.$queryRaw<Reference[]>`
      SELECT src.relname AS "table", a.attname AS "column", dst.relname AS "target"
      FROM pg_constraint c
      JOIN pg_class src ON src.oid = c.conrelid
      JOIN pg_class dst ON dst.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = current_schema()
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f'
      ORDER BY 1, 2`;
  });
  afterAll(async () => harness?.close());

  const toPeople = () => references.filter((each) => PERSON_TABLES.includes(each.target));
  const pointingAt = (target: string) => references.filter((each) => each.target === target);

  it("every column that holds an id is a foreign key, or known not to be a person's", async () => {
    const columns = await harness.db.$queryRaw<{ table: string; column: string }[]>`
      SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name ~ '(Id|_id)$'`;
    const keyed = new Set(references.map((each) => `${each.table}.${each.column}`));
    const loose = columns
      .map((each) => `${each.table}.${each.column}`)
      .filter((name) => !keyed.has(name) && !NOT_A_PERSON.has(name));
    // e.g. SessionNote.updatedById held a participant's id without a key, and outlived their erasure.
    expect(loose).toEqual([]);
    expect(toPeople().length).toBeGreaterThan(5);
  });

  /** A session, ended, in which Anna left a row in every column that can point at a participant. */
  async function sessionFullOfAnna() {
    const lea = await harness.facilitator("Lea");
    const group = await createGroup(harness.db, lea.user.id, groupFormSchema.parse({ name: "Team Erasure" }));
    const member = await addMember(harness.db, lea.user.id, group.id, { name: "Anna (lid)", email: null });
    const session = await harness.session(lea.user.id, { groupId: group.id });
    const anna = await harness.participant(session.id, "Annabel Zilverschoon", member.id);
    const bram = await harness.participant(session.id, "Bram");
    const db = harness.db;
    const round = await db.round.create({
      data: { sessionId: session.id, position: 0, turnOrder: [anna.id, bram.id], turnSkipped: [anna.id], turnIndex: 1 },
    });
    const write = (authorId: string, text: string) =>
      db.reaction.create({
        data: { clientId: crypto.randomUUID(), sessionId: session.id, roundId: round.id, authorId, kind: "idea", text },
      });
    const annas = await write(anna.id, "Zilverschoon over de kascommissie");
    const brams = await write(bram.id, "Bram over de kascommissie");
    await db.vote.create({ data: { clientId: crypto.randomUUID(), voterId: anna.id, reactionId: brams.id } });
    await db.vote.create({ data: { clientId: crypto.randomUUID(), voterId: bram.id, reactionId: annas.id } });
    const pitched = await db.case.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: session.id,
        ownerId: anna.id,
        title: "Zilverschoon",
        question: "Wat nu?",
      },
    });
    await db.vote.create({ data: { clientId: crypto.randomUUID(), voterId: anna.id, caseId: pitched.id } });
    await db.actionPoint.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: session.id,
        groupId: group.id,
        text: "Kascommissie uitnodigen",
        ownerParticipantId: anna.id,
        ownerMemberId: member.id,
        ownerName: "Annabel Zilverschoon",
        sourceReactionId: annas.id,
        sourceCaseId: pitched.id,
      },
    });
    await db.sessionNote.create({
      data: { sessionId: session.id, text: "Notities", version: 1, updatedById: anna.id },
    });
    // A case she brought in before the session, pitched for her (case-proposals.ts).
    await db.caseProposal.create({
      data: {
        sessionId: session.id,
        groupId: group.id,
        groupMemberId: member.id,
        participantId: anna.id,
        caseId: pitched.id,
        proposerName: "Anna (lid)",
        title: "Zilverschoon",
        question: "Wat nu?",
        keyHash: "0".repeat(64),
      },
    });
    await db.intervisionSession.update({ where: { id: session.id }, data: { status: "ended", endedAt: new Date() } });
    return { lea, session, anna, bram, member };
  }

  async function rowsPointingAt(id: string, columns: { table: string; column: string }[]) {
    const found: Record<string, number> = {};
    for (const { table, column } of columns) {
      const [row] = await harness.db.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${table}" WHERE "${column}" = $1`,
        id,
      );
      found[`${table}.${column}`] = row?.count ?? 0;
    }
    return found;
  }

  async function inArrays(id: string) {
    const found: Record<string, number> = {};
    for (const { table, column } of PARTICIPANT_ARRAYS) {
      const [row] = await harness.db.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "${table}" WHERE $1 = ANY ("${column}")`,
        id,
      );
      found[`${table}.${column}`] = row?.count ?? 0;
    }
    return found;
  }

  const noRows = (found: Record<string, number>) => Object.fromEntries(Object.keys(found).map((key) => [key, 0]));

  it("erasing a participant leaves no row that points at them, in any column the schema has", async () => {
    const { lea, session, anna, bram } = await sessionFullOfAnna();
    const columns = pointingAt("Participant");
    // The fixture covers every column: one without a row here is one this test cannot vouch for.
    const before = await rowsPointingAt(anna.id, columns);
    expect(Object.entries(before).filter(([, count]) => count === 0)).toEqual([]);
    expect(Object.values(await inArrays(anna.id)).every((count) => count > 0)).toBe(true);

    await eraseParticipant(harness.db, lea.user.id, session.id, anna.id);

    const after = await rowsPointingAt(anna.id, columns);
    expect(after).toEqual(noRows(after));
    const arrays = await inArrays(anna.id);
    expect(arrays).toEqual(noRows(arrays));
    // And nothing else of hers is left in the session's rows, whatever the column.
    const [dump] = await harness.db.$queryRaw<{ text: string }[]>`
      SELECT concat_ws(' ', (SELECT json_agg(a) FROM "ActionPoint" a WHERE a."sessionId" = ${session.id}),
        (SELECT json_agg(n) FROM "SessionNote" n WHERE n."sessionId" = ${session.id}),
        (SELECT json_agg(r) FROM "Round" r WHERE r."sessionId" = ${session.id})) AS text`;
    expect(dump?.text).not.toContain(anna.id);
    expect(dump?.text).not.toContain("Zilverschoon");
    // Bram is untouched.
    expect(await harness.db.participant.count({ where: { id: bram.id } })).toBe(1);
  });

  it("deleting a session leaves no row that points at its participants or at it", async () => {
    const { lea, session, anna, bram } = await sessionFullOfAnna();
    const participantColumns = pointingAt("Participant");
    const sessionColumns = pointingAt("IntervisionSession");

    await deleteSession(harness.db, lea.user.id, session.id);

    for (const id of [anna.id, bram.id]) {
      const after = await rowsPointingAt(id, participantColumns);
      expect(after).toEqual(noRows(after));
    }
    const after = await rowsPointingAt(session.id, sessionColumns);
    expect(after).toEqual(noRows(after));
  });
});
