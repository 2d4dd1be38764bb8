import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KringError } from "@/lib/errors";
import { groupFormSchema, memberFormSchema } from "@/lib/schemas/group-form";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import {
  addMember,
  createGroup,
  getGroup,
  listGroups,
  markMemberLeft,
  restoreMember,
  updateGroup,
  updateMember,
} from "./groups";
import { createSession, listSessions, UnknownChoice } from "./sessions";

const refusedAsNotFound = { name: "KringError", code: "not_found" };

describe("intervision groups", () => {
  let database: ScratchDatabase;
  let db: Db;
  let lea: string;
  let sam: string;
  let methodId: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = createDb(database.url, 2);
    await prepareDatabase(database.url, db);
    const user = (name: string) =>
      db.user.create({ data: { email: `${name.toLowerCase()}@example.org`, name, passwordHash: "x" } });
    lea = (await user("Lea")).id;
    sam = (await user("Sam")).id;
    methodId = (await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const group = (name: string, description = "") => groupFormSchema.parse({ name, description });
  const member = (name: string, email = "") => memberFormSchema.parse({ name, email });
  const session = (title: string, groupId: string | null) =>
    createSession(db, lea, { title, methodId, deckId: null, agreements: "", anonymous: false, locale: "nl", groupId });

  it("creates groups and lists the facilitator's own, by name, with members and sessions counted", async () => {
    const wonen = await createGroup(db, lea, group("Team Wonen", "Elke maand"));
    await createGroup(db, lea, group("aanpak leefbaarheid"));
    await createGroup(db, sam, group("Sam's kring"));
    await addMember(db, lea, wonen.id, member("Anna"));
    await session("Intervisie maart", wonen.id);

    const groups = await listGroups(db, lea);
    expect(groups.map((g) => [g.name, g.memberCount, g.sessionCount, g.owned])).toEqual([
      ["aanpak leefbaarheid", 0, 0, true],
      ["Team Wonen", 1, 1, true],
    ]);
    expect((await listGroups(db, sam)).map((g) => g.name)).toEqual(["Sam's kring"]);
  });

  it("refuses another facilitator's group as not found, for reading and for every change", async () => {
    const { id } = await createGroup(db, lea, group("Vertrouwelijk"));
    const { id: memberId } = await addMember(db, lea, id, member("Bram", "bram@corporatie.nl"));

    const refusals = [
      () => getGroup(db, sam, id),
      () => updateGroup(db, sam, id, group("Overgenomen")),
      () => addMember(db, sam, id, member("Indringer")),
      () => updateMember(db, sam, id, memberId, member("Iemand anders")),
      () => markMemberLeft(db, sam, id, memberId),
      () => restoreMember(db, sam, id, memberId),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toMatchObject(refusedAsNotFound);
    // The same answer as for a group that does not exist: nothing tells the two apart.
    await expect(getGroup(db, sam, "no-such-group")).rejects.toMatchObject(refusedAsNotFound);

    // Nothing changed.
    const unchanged = await getGroup(db, lea, id);
    expect(unchanged.name).toBe("Vertrouwelijk");
    expect(unchanged.members.map((m) => [m.name, m.email, m.leftAt])).toEqual([["Bram", "bram@corporatie.nl", null]]);
  });

  it("refuses a member through another group, even one the facilitator owns", async () => {
    const first = await createGroup(db, lea, group("Eerste"));
    const second = await createGroup(db, lea, group("Tweede"));
    const { id: memberId } = await addMember(db, lea, first.id, member("Carla"));
    await expect(markMemberLeft(db, lea, second.id, memberId)).rejects.toBeInstanceOf(KringError);
    await expect(updateMember(db, lea, second.id, memberId, member("X"))).rejects.toMatchObject(refusedAsNotFound);
    expect((await getGroup(db, lea, first.id)).members.map((m) => m.name)).toEqual(["Carla"]);
  });

  it("shares a group through GroupFacilitator: the other facilitator may see and use it", async () => {
    const { id } = await createGroup(db, lea, group("Gedeelde kring"));
    await db.groupFacilitator.create({ data: { groupId: id, userId: sam } });
    const shared = (await listGroups(db, sam)).find((g) => g.id === id);
    expect(shared).toMatchObject({ name: "Gedeelde kring", owned: false });
    await addMember(db, sam, id, member("Dewi"));
    await updateGroup(db, sam, id, group("Gedeelde kring", "Samen geleid"));
    const seen = await getGroup(db, lea, id);
    expect(seen).toMatchObject({ description: "Samen geleid", owned: true });
    expect(seen.members.map((m) => m.name)).toEqual(["Dewi"]);
  });

  it("adds and edits members, and keeps a member who left with their history", async () => {
    const { id } = await createGroup(db, lea, group("Team Leefbaarheid"));
    const anna = await addMember(db, lea, id, member("Anna de Vries", "anna@corporatie.nl"));
    const bram = await addMember(db, lea, id, member("Bram"));
    await updateMember(db, lea, id, bram.id, member("Bram Jansen", "Bram@Corporatie.nl"));

    // Anna took part in a session and has an action point; then she leaves the group.
    const held = await session("Intervisie april", id);
    const participant = await db.participant.create({
      data: {
        sessionId: held.id,
        displayName: "Anna",
        credentialHash: "hash-anna",
        joinIndex: 0,
        agreementsAcceptedAt: new Date(),
        groupMemberId: anna.id,
      },
    });
    await db.actionPoint.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: held.id,
        groupId: id,
        text: "Bewonerscommissie uitnodigen",
        ownerMemberId: anna.id,
        ownerName: "Anna de Vries",
      },
    });
    await markMemberLeft(db, lea, id, anna.id);
    await markMemberLeft(db, lea, id, anna.id); // twice changes nothing

    const after = await getGroup(db, lea, id);
    expect(after.members.map((m) => [m.name, m.email])).toEqual([["Bram Jansen", "bram@corporatie.nl"]]);
    expect(after.formerMembers.map((m) => m.name)).toEqual(["Anna de Vries"]);
    expect(after.formerMembers[0]?.leftAt).toBeInstanceOf(Date);
    // Her history is intact.
    expect(await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).toMatchObject({
      groupMemberId: anna.id,
    });
    expect(await db.actionPoint.count({ where: { ownerMemberId: anna.id } })).toBe(1);
    expect((await listGroups(db, lea)).find((g) => g.id === id)?.memberCount).toBe(1);

    await restoreMember(db, lea, id, anna.id);
    expect((await getGroup(db, lea, id)).members.map((m) => m.name)).toEqual(["Anna de Vries", "Bram Jansen"]);
  });

  it("lists a group's sessions newest first, and says who led the ones led by someone else", async () => {
    const { id } = await createGroup(db, lea, group("Kring Zuid"));
    await db.groupFacilitator.create({ data: { groupId: id, userId: sam } });
    await session("Eerste", id);
    await session("Tweede", id);
    await createSession(db, sam, {
      title: "Derde, door Sam",
      methodId,
      deckId: null,
      agreements: "",
      anonymous: false,
      locale: "nl",
      groupId: id,
    });
    await session("Zonder groep", null);

    const { sessions } = await getGroup(db, lea, id);
    expect(sessions.map((s) => [s.title, s.status, s.ledByMe])).toEqual([
      ["Derde, door Sam", "lobby", false],
      ["Tweede", "lobby", true],
      ["Eerste", "lobby", true],
    ]);
    expect(sessions[0]?.facilitatorName).toBe("Sam");
  });

  it("createSession stores the group, and refuses a group the facilitator may not use without creating anything", async () => {
    const own = await createGroup(db, lea, group("Eigen groep"));
    const foreign = await createGroup(db, sam, group("Andermans groep"));
    const created = await session("Met groep", own.id);
    expect(await db.intervisionSession.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      groupId: own.id,
    });
    expect((await listSessions(db, lea)).find((s) => s.id === created.id)?.group).toEqual({
      id: own.id,
      name: "Eigen groep",
    });

    const before = await db.intervisionSession.count();
    for (const groupId of [foreign.id, "no-such-group"]) {
      const refusal = session("Met andermans groep", groupId);
      await expect(refusal).rejects.toBeInstanceOf(UnknownChoice);
      await expect(refusal).rejects.toMatchObject({ code: "not_found", field: "groupId" });
    }
    expect(await db.intervisionSession.count()).toBe(before);
    expect(await db.intervisionSession.count({ where: { groupId: foreign.id } })).toBe(0);
  });
});
