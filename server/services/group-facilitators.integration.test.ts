import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addFacilitatorSchema } from "@/lib/schemas/group-facilitators";
import { groupFormSchema } from "@/lib/schemas/group-form";
import { facilitatorReader } from "@/server/access";
import { createDb, type Db } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/database";
import { createScratchDatabase, type ScratchDatabase } from "@/server/db/testing";
import { addGroupFacilitator, leaveGroup, listGroupFacilitators, removeGroupFacilitator } from "./group-facilitators";
import { addMember, createGroup, getGroup, listGroups } from "./groups";
import { createSession } from "./sessions";

const refused = (code: "not_found" | "forbidden") => ({ name: "KringError", code });

describe("sharing a group with other facilitators", () => {
  let database: ScratchDatabase;
  let db: Db;
  let lea: string;
  let sam: string;
  let noor: string;
  let methodId: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = createDb(database.url, 2);
    await prepareDatabase(database.url, db);
    const user = async (name: string) =>
      (await db.user.create({ data: { email: `${name.toLowerCase()}@example.org`, name, passwordHash: "x" } })).id;
    lea = await user("Lea");
    sam = await user("Sam");
    noor = await user("Noor");
    methodId = (await db.method.findUniqueOrThrow({ where: { key: "lessenronde" } })).id;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const newGroup = async (ownerId: string, name: string) =>
    (await createGroup(db, ownerId, groupFormSchema.parse({ name }))).id;
  /** The email as the form hands it to the service: parsed like sign-up. */
  const email = (typed: string) => addFacilitatorSchema.parse({ groupId: "g", email: typed }).email;
  const names = async (viewer: string, groupId: string) => {
    const { owner, coFacilitators } = await listGroupFacilitators(db, viewer, groupId);
    return [owner.name, ...coFacilitators.map((facilitator) => facilitator.name)];
  };
  const usableBy = async (facilitatorId: string) => (await listGroups(db, facilitatorId)).map((group) => group.name);

  it("the owner adds a facilitator by the email of their account, typed in any case and with spaces", async () => {
    const groupId = await newGroup(lea, "Team Wonen");
    expect(await names(lea, groupId)).toEqual(["Lea"]);

    const added = await addGroupFacilitator(db, lea, groupId, email("  Sam@Example.ORG "));
    expect(added).toEqual({ ok: true, facilitator: { id: sam, name: "Sam", email: "sam@example.org" } });

    // Both see who shares the group, with name and email; Sam now has it in his list and may use it.
    for (const viewer of [lea, sam]) {
      expect(await listGroupFacilitators(db, viewer, groupId)).toEqual({
        owner: { id: lea, name: "Lea", email: "lea@example.org" },
        coFacilitators: [{ id: sam, name: "Sam", email: "sam@example.org" }],
      });
    }
    expect(await usableBy(sam)).toContain("Team Wonen");
    expect((await getGroup(db, sam, groupId)).owned).toBe(false);
  });

  it("refuses an email without an account, someone who already shares it, and the owner themselves", async () => {
    const groupId = await newGroup(lea, "Team Zorg");
    await addGroupFacilitator(db, lea, groupId, email("sam@example.org"));
    const accounts = await db.user.count();

    expect(await addGroupFacilitator(db, lea, groupId, email("nobody@example.org"))).toEqual({
      ok: false,
      code: "no_account",
    });
    expect(await addGroupFacilitator(db, lea, groupId, email("SAM@example.org"))).toEqual({
      ok: false,
      code: "already_shares",
    });
    expect(await addGroupFacilitator(db, lea, groupId, email("Lea@example.org"))).toEqual({
      ok: false,
      code: "is_owner",
    });
    // No account was made on the way, and the group is shared with Sam once.
    expect(await db.user.count()).toBe(accounts);
    expect(await names(lea, groupId)).toEqual(["Lea", "Sam"]);
  });

  it("a co-facilitator may not add or remove others: forbidden, and nothing changes", async () => {
    const groupId = await newGroup(lea, "Team Noord");
    await addGroupFacilitator(db, lea, groupId, email("sam@example.org"));

    await expect(addGroupFacilitator(db, sam, groupId, email("noor@example.org"))).rejects.toMatchObject(
      refused("forbidden"),
    );
    await expect(removeGroupFacilitator(db, sam, groupId, sam)).rejects.toMatchObject(refused("forbidden"));
    await expect(removeGroupFacilitator(db, sam, groupId, lea)).rejects.toMatchObject(refused("forbidden"));

    expect(await names(lea, groupId)).toEqual(["Lea", "Sam"]);
    expect(await usableBy(noor)).not.toContain("Team Noord");
  });

  it("a facilitator who may not use the group gets not_found for everything, as for no group at all", async () => {
    const groupId = await newGroup(lea, "Vertrouwelijk");
    for (const id of [groupId, "no-such-group"]) {
      await expect(listGroupFacilitators(db, noor, id)).rejects.toMatchObject(refused("not_found"));
      await expect(addGroupFacilitator(db, noor, id, email("noor@example.org"))).rejects.toMatchObject(
        refused("not_found"),
      );
      await expect(removeGroupFacilitator(db, noor, id, lea)).rejects.toMatchObject(refused("not_found"));
      await expect(leaveGroup(db, noor, id)).rejects.toMatchObject(refused("not_found"));
    }
    expect(await names(lea, groupId)).toEqual(["Lea"]);
  });

  it("the owner removes a co-facilitator: the group is gone for them, the sessions they made in it too", async () => {
    const groupId = await newGroup(lea, "Team Oost");
    await addGroupFacilitator(db, lea, groupId, email("sam@example.org"));
    const session = (facilitatorId: string, title: string) =>
      createSession(db, facilitatorId, {
        title,
        methodId,
        deckId: null,
        agreements: "",
        anonymous: false,
        locale: "nl",
        groupId,
      });
    const byLea = await session(lea, "Door Lea");
    const bySam = await session(sam, "Door Sam");
    await addMember(db, sam, groupId, { name: "Dewi", email: null });
    expect(await facilitatorReader(db, sam, byLea.id)).toEqual({ kind: "group" });

    expect(await removeGroupFacilitator(db, lea, groupId, sam)).toBe(true);

    expect(await names(lea, groupId)).toEqual(["Lea"]);
    expect(await usableBy(sam)).not.toContain("Team Oost");
    await expect(getGroup(db, sam, groupId)).rejects.toMatchObject(refused("not_found"));
    // Sam's session stays in the group, not yet run: it passes to Lea, and none of it is his any more.
    const { sessions, members } = await getGroup(db, lea, groupId);
    expect(sessions.map((s) => s.title)).toEqual(["Door Sam", "Door Lea"]);
    expect(members.map((m) => m.name)).toEqual(["Dewi"]);
    expect(await facilitatorReader(db, sam, bySam.id)).toBeNull();
    expect(await facilitatorReader(db, sam, byLea.id)).toBeNull();
    expect(await facilitatorReader(db, lea, bySam.id)).toEqual({ kind: "lead" });

    // Removing him again changes nothing and says so.
    expect(await removeGroupFacilitator(db, lea, groupId, sam)).toBe(false);
  });

  it("a co-facilitator leaves the group themselves; its owner cannot leave it", async () => {
    const groupId = await newGroup(lea, "Team West");
    await addGroupFacilitator(db, lea, groupId, email("sam@example.org"));
    await addGroupFacilitator(db, lea, groupId, email("noor@example.org"));

    await leaveGroup(db, sam, groupId);
    expect(await usableBy(sam)).not.toContain("Team West");
    expect(await names(noor, groupId)).toEqual(["Lea", "Noor"]);
    // Gone is gone: leaving again is not found, like any group that is not his.
    await expect(leaveGroup(db, sam, groupId)).rejects.toMatchObject(refused("not_found"));

    await expect(leaveGroup(db, lea, groupId)).rejects.toMatchObject(refused("forbidden"));
    expect(await usableBy(lea)).toContain("Team West");
  });
});
