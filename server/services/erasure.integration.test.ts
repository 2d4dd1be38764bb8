import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArchiveQuery } from "@/lib/schemas/archive-query";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { searchArchive } from "./archive";
import { deleteExpiredSessions, deleteSession, eraseParticipant } from "./erasure";
import { createGroup, updateGroup } from "./groups";
import { loadReport } from "./report";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("erasure", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /** An ended session in which Anna and Bram each posted a revealed reaction, Anna owns an action
   * point, and both took a turn. */
  async function endedSession(facilitator: Awaited<ReturnType<LiveHarness["facilitator"]>>, groupId?: string) {
    const session = await harness.session(facilitator.user.id, { groupId });
    const leader = await harness.client({ cookie: facilitator.cookie, sessionId: session.id, as: "lead" });
    const anna = await harness.participant(session.id, "Annabel Zilverschoon");
    const bram = await harness.participant(session.id, "Bram");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    const bramClient = await harness.client({ cookie: bram.cookie, sessionId: session.id });
    const lessonRound = await harness.db.sessionPhase.findFirstOrThrow({
      where: { sessionId: session.id, kind: "lesson_round" },
    });
    await leader.emit("phase:start", {});
    await leader.emit("phase:jump", { index: lessonRound.position });
    await leader.emit("card:deal", { random: true });
    const view = await annaClient.viewWhere((current) => current.round?.lesson != null);
    const roundId = view.round?.id ?? "";
    const annaPost = await annaClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId,
      kind: "idea",
      text: "Zilverschoon vertelt over de kascommissie",
    });
    await bramClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId,
      kind: "idea",
      text: "Bram over de kascommissie",
    });
    await leader.emit("round:reveal", {});
    const annaReaction = await harness.db.reaction.findFirstOrThrow({ where: { authorId: anna.id } });
    await bramClient.emit("vote:cast", { clientId: crypto.randomUUID(), reactionId: annaReaction.id });
    await leader.emit("turns:start", { order: "join_order" });
    await leader.emit("action:add", {
      clientId: crypto.randomUUID(),
      text: "Kascommissie uitnodigen",
      owner: { kind: "participant", id: anna.id },
      dueDate: null,
      sourceReactionId: annaReaction.id,
    });
    await leader.emit("session:end", {});
    expect(annaPost).toMatchObject({ ok: true });
    return { session, anna, bram, bramClient };
  }

  it("removes one participant's data from a session, and from search and the report", async () => {
    const lea = await harness.facilitator("Lea");
    const { session, anna, bram, bramClient } = await endedSession(lea);
    const search = async (q: string) =>
      (await searchArchive(harness.db, lea.user.id, parseArchiveQuery({ q }).query)).items.map((hit) => hit.kind);
    expect(await search("Zilverschoon")).toEqual(["reaction"]);

    expect(await eraseParticipant(harness.db, lea.user.id, session.id, anna.id)).toEqual({
      displayName: "Annabel Zilverschoon",
    });

    expect(await harness.db.participant.findUnique({ where: { id: anna.id } })).toBeNull();
    // Bram's screen, still open on the ended session, loads it again: Anna and her reaction are gone.
    const seen = await bramClient.viewWhere((view) => view.participants.every((each) => each.id !== anna.id));
    expect(JSON.stringify(seen)).not.toContain("Zilverschoon");
    expect(await harness.db.reaction.count({ where: { authorId: anna.id } })).toBe(0);
    expect(await harness.db.vote.count({ where: { reaction: { sessionId: session.id } } })).toBe(0);
    expect(await search("Zilverschoon")).toEqual([]);
    const report = await loadReport(harness.db, session.id);
    const everything = JSON.stringify(report);
    expect(everything).not.toContain("Annabel");
    expect(everything).not.toContain("Zilverschoon");
    expect(everything).toContain("Bram over de kascommissie");
    // The action point stays, without her name; the speaking order goes on without her.
    expect(report?.actionPoints.map((point) => [point.text, point.ownerName])).toEqual([
      ["Kascommissie uitnodigen", ""],
    ]);
    const round = await harness.db.round.findFirstOrThrow({
      where: { sessionId: session.id, turnIndex: { not: null } },
    });
    expect(round.turnOrder).toEqual([bram.id]);
  });

  it("keeps a group member's own name on their action point, never the name typed in the session", async () => {
    const lea = await harness.facilitator("Lea");
    const group = await createGroup(harness.db, lea.user.id, { name: "Team West", description: "" });
    const member = await harness.db.groupMember.create({ data: { groupId: group.id, name: "Anna de Vries" } });
    const session = await harness.session(lea.user.id, { groupId: group.id });
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    const anna = await harness.participant(session.id, "Anna (typed at the door)", member.id);
    await leader.emit("phase:start", {});
    expect(
      await leader.emit("action:add", {
        clientId: crypto.randomUUID(),
        text: "Bewonersavond plannen",
        owner: { kind: "participant", id: anna.id },
        dueDate: null,
        sourceReactionId: null,
      }),
    ).toMatchObject({ ok: true });
    await leader.emit("session:end", {});

    await eraseParticipant(harness.db, lea.user.id, session.id, anna.id);

    const [point] = await harness.db.actionPoint.findMany({ where: { sessionId: session.id } });
    expect(point).toMatchObject({ ownerName: "Anna de Vries", ownerMemberId: member.id, ownerParticipantId: null });
  });

  it("lets only a group's owner set its retention period", async () => {
    const lea = await harness.facilitator("Lea");
    const kees = await harness.facilitator("Kees");
    const group = await createGroup(harness.db, lea.user.id, { name: "Gedeeld", description: "" });
    await harness.db.groupFacilitator.create({ data: { groupId: group.id, userId: kees.user.id } });
    const fields = { name: "Gedeeld", description: "" };
    await expect(
      updateGroup(harness.db, kees.user.id, group.id, { ...fields, retentionDays: 1 }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    // Kees may still rename it, leaving the period as it is.
    await updateGroup(harness.db, kees.user.id, group.id, { name: "Gedeeld, hernoemd", description: "" });
    await updateGroup(harness.db, lea.user.id, group.id, { ...fields, retentionDays: 90 });
    expect(await harness.db.group.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({
      name: "Gedeeld",
      retentionDays: 90,
    });
  });

  it("deletes a whole session, which is then gone from the database and from search", async () => {
    const lea = await harness.facilitator("Lea");
    const { session } = await endedSession(lea);
    const kees = await harness.facilitator("Kees");
    await expect(deleteSession(harness.db, kees.user.id, session.id)).rejects.toMatchObject({ code: "not_found" });

    expect(await deleteSession(harness.db, lea.user.id, session.id)).toEqual({ title: "Intervisie maart" });

    expect(await harness.db.intervisionSession.findUnique({ where: { id: session.id } })).toBeNull();
    for (const count of [
      harness.db.reaction.count({ where: { sessionId: session.id } }),
      harness.db.participant.count({ where: { sessionId: session.id } }),
      harness.db.actionPoint.count({ where: { sessionId: session.id } }),
      harness.db.round.count({ where: { sessionId: session.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect((await searchArchive(harness.db, lea.user.id, parseArchiveQuery({ q: "kascommissie" }).query)).total).toBe(
      0,
    );
    await expect(deleteSession(harness.db, lea.user.id, session.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses to erase anything from a session that is still open, and changes nothing", async () => {
    const lea = await harness.facilitator("Lea");
    const session = await harness.session(lea.user.id);
    const anna = await harness.participant(session.id, "Anna");
    await expect(deleteSession(harness.db, lea.user.id, session.id)).rejects.toMatchObject({ code: "session_live" });
    await expect(eraseParticipant(harness.db, lea.user.id, session.id, anna.id)).rejects.toMatchObject({
      code: "session_live",
    });
    expect(await harness.db.participant.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses a participant of another session", async () => {
    const lea = await harness.facilitator("Lea");
    const first = await endedSession(lea);
    const second = await endedSession(lea);
    await expect(eraseParticipant(harness.db, lea.user.id, first.session.id, second.anna.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await harness.db.participant.count({ where: { id: second.anna.id } })).toBe(1);
  });

  it("deletes a group's sessions once they are older than its retention period, and nothing else", async () => {
    const lea = await harness.facilitator("Lea");
    const group = await createGroup(harness.db, lea.user.id, { name: "Kort bewaren", description: "" });
    await harness.db.group.update({ where: { id: group.id }, data: { retentionDays: 30 } });
    const now = new Date();
    const old = await endedSession(lea, group.id);
    const recent = await endedSession(lea, group.id);
    const elsewhere = await endedSession(lea);
    const running = await harness.session(lea.user.id, { groupId: group.id });
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    await harness.db.intervisionSession.update({ where: { id: old.session.id }, data: { endedAt: ago(31) } });
    await harness.db.intervisionSession.update({ where: { id: recent.session.id }, data: { endedAt: ago(29) } });
    await harness.db.intervisionSession.update({ where: { id: elsewhere.session.id }, data: { endedAt: ago(400) } });
    // Running, made long ago but still in use; and an open one nobody has touched all period.
    await harness.db.intervisionSession.update({
      where: { id: running.id },
      data: { status: "running", createdAt: ago(400) },
    });
    const abandoned = await harness.session(lea.user.id, { groupId: group.id });
    await harness.db.$executeRaw`UPDATE "IntervisionSession" SET "updatedAt" = ${ago(31)} WHERE id = ${abandoned.id}`;

    expect(await deleteExpiredSessions(harness.db, now)).toBe(2);

    const left = await harness.db.intervisionSession.findMany({
      where: { id: { in: [old.session.id, recent.session.id, elsewhere.session.id, running.id, abandoned.id] } },
      select: { id: true },
    });
    expect(left.map((each) => each.id).sort()).toEqual([recent.session.id, elsewhere.session.id, running.id].sort());
    expect(await harness.db.reaction.count({ where: { sessionId: old.session.id } })).toBe(0);
  });
});
