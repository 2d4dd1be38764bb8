import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionOverview } from "@/lib/domain/action-overview";
import { calendarDay } from "@/lib/domain/due-date";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { loadGroupActions, setActionPointStatus } from "./group-actions";
import { addMember, createGroup } from "./groups";
import { addActionPoint } from "./live/action-commands";

const refusedAsNotFound = { name: "KringError", code: "not_found" };
const inDays = (days: number) => calendarDay(new Date(Date.now() + days * 86_400_000));

/**
 * Waits until a client has had no new view for a while: broadcasts of earlier changes (a start, a
 * join) are over, so a view that arrives after the change under test was sent because of it.
 */
async function quiet(client: { views: unknown[] }, ms = 300) {
  let seen = -1;
  while (seen !== client.views.length) {
    seen = client.views.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

describe("a group's action points across its sessions", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /** A group with one member and a running session with one revealed reaction and a chosen case. */
  async function groupWithSession() {
    const lead = await harness.facilitator("Lea");
    const group = await createGroup(harness.db, lead.user.id, { name: "Team Zuid", description: "" });
    const anna = await addMember(harness.db, lead.user.id, group.id, { name: "Anna de Vries", email: "" });
    const session = await harness.session(lead.user.id, { groupId: group.id });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const bram = await harness.participant(session.id, "Bram");
    const bramClient = await harness.client({ cookie: bram.cookie, sessionId: session.id });
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    const view = await bramClient.viewWhere((current) => current.round?.lesson != null);
    const posted = await bramClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: view.round?.id,
      kind: "idea",
      text: "Nodig ze uit op hun eigen plek",
    });
    expect(posted).toMatchObject({ ok: true });
    await leader.emit("round:reveal", {});
    const reactionId = (posted as { data: { reactionId: string } }).data.reactionId;
    const chosen = await harness.db.case.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: session.id,
        ownerId: bram.id,
        title: "Commissie haakt af",
        question: "Hoe krijg ik ze weer aan tafel?",
        status: "chosen",
      },
    });
    return { lead, group, anna, session, leader, reactionId, chosen };
  }

  it("lists every session's points with their owner, session and the reaction and case they came from", async () => {
    const { lead, group, anna, session, leader, reactionId, chosen } = await groupWithSession();
    const fromAdvice = await addActionPoint(
      harness.db,
      session.id,
      { role: "lead" },
      {
        clientId: crypto.randomUUID(),
        text: "Afspraak maken bij de commissie thuis",
        owner: { kind: "member", id: anna.id },
        dueDate: inDays(7),
        sourceReactionId: reactionId,
      },
    );
    const late = await addActionPoint(
      harness.db,
      session.id,
      { role: "lead" },
      {
        clientId: crypto.randomUUID(),
        text: "Verslag rondsturen",
        owner: null,
        dueDate: inDays(1),
        sourceReactionId: null,
      },
    );
    // Time passes: the point's due date is now last week.
    await harness.db.actionPoint.update({
      where: { id: late.value.actionPointId },
      data: { dueDate: new Date(`${inDays(-7)}T00:00:00Z`) },
    });
    await leader.emit("session:end", {});
    // Another facilitator's group, with a point of its own, stays out of it.
    const other = await groupWithSession();
    await addActionPoint(
      harness.db,
      other.session.id,
      { role: "lead" },
      {
        clientId: crypto.randomUUID(),
        text: "Niet van Team Zuid",
        owner: null,
        dueDate: null,
        sourceReactionId: null,
      },
    );

    const { group: loaded, points, memberNames } = await loadGroupActions(harness.db, lead.user.id, group.id);
    expect(loaded.name).toBe("Team Zuid");
    expect(memberNames.get(anna.id)).toBe("Anna de Vries");
    const overview = actionOverview(points, calendarDay(new Date()), null);
    expect(overview.overdue.map((point) => point.text)).toEqual(["Verslag rondsturen"]);
    expect(overview.open).toHaveLength(1);
    expect(overview.open[0]).toMatchObject({
      id: fromAdvice.value.actionPointId,
      text: "Afspraak maken bij de commissie thuis",
      ownerMemberId: anna.id,
      ownerName: "Anna de Vries",
      dueDate: inDays(7),
      session: { id: session.id, title: "Intervisie maart" },
      sourceReaction: { id: reactionId, text: "Nodig ze uit op hun eigen plek" },
      sourceCase: { id: chosen.id, title: "Commissie haakt af" },
    });
    expect(overview.done).toEqual([]);
  });

  it("refuses another facilitator's group and its points as not found, and changes nothing", async () => {
    const { group, session } = await groupWithSession();
    const point = await addActionPoint(
      harness.db,
      session.id,
      { role: "lead" },
      {
        clientId: crypto.randomUUID(),
        text: "Alleen voor Lea",
        owner: null,
        dueDate: null,
        sourceReactionId: null,
      },
    );
    const sam = await harness.facilitator("Sam");
    await expect(loadGroupActions(harness.db, sam.user.id, group.id)).rejects.toMatchObject(refusedAsNotFound);
    await expect(loadGroupActions(harness.db, sam.user.id, "no-such-group")).rejects.toMatchObject(refusedAsNotFound);
    await expect(
      setActionPointStatus(harness.db, sam.user.id, {
        groupId: group.id,
        actionPointId: point.value.actionPointId,
        status: "done",
      }),
    ).rejects.toMatchObject(refusedAsNotFound);
    // Sam's own group does not open the door to Lea's point either.
    const samsGroup = await createGroup(harness.db, sam.user.id, { name: "Team Sam", description: "" });
    await expect(
      setActionPointStatus(harness.db, sam.user.id, {
        groupId: samsGroup.id,
        actionPointId: point.value.actionPointId,
        status: "done",
      }),
    ).rejects.toMatchObject(refusedAsNotFound);
    const stored = await harness.db.actionPoint.findUniqueOrThrow({ where: { id: point.value.actionPointId } });
    expect(stored).toMatchObject({ status: "open", closedAt: null });
  });

  it("marks a point done and open again; the running session it belongs to shows it at once", async () => {
    const { lead, group, leader } = await groupWithSession();
    // Made in the session, through the live channel, as the facilitator would.
    const added = await leader.emit("action:add", {
      clientId: crypto.randomUUID(),
      text: "Wethouder bellen",
      owner: null,
      dueDate: null,
      sourceReactionId: null,
    });
    expect(added).toMatchObject({ ok: true });
    const id = (added as { data: { actionPointId: string } }).data.actionPointId;
    const before = await leader.viewWhere((view) => view.actionPoints.some((each) => each.id === id));
    await quiet(leader);
    const input = { groupId: group.id, actionPointId: id };

    expect(await setActionPointStatus(harness.db, lead.user.id, { ...input, status: "done" })).toEqual({
      text: "Wethouder bellen",
      changed: true,
    });
    const after = await leader.viewWhere((view) => view.actionPoints.find((each) => each.id === id)?.status === "done");
    expect(after.version).toBeGreaterThan(before.version);
    const closed = await harness.db.actionPoint.findUniqueOrThrow({ where: { id } });
    expect(closed.closedAt).not.toBeNull();

    // Again: nothing changes, nothing is sent.
    expect((await setActionPointStatus(harness.db, lead.user.id, { ...input, status: "done" })).changed).toBe(false);
    expect((await harness.db.actionPoint.findUniqueOrThrow({ where: { id } })).closedAt).toEqual(closed.closedAt);

    await setActionPointStatus(harness.db, lead.user.id, { ...input, status: "open" });
    await leader.viewWhere((view) => view.actionPoints.find((each) => each.id === id)?.status === "open");
    expect((await harness.db.actionPoint.findUniqueOrThrow({ where: { id } })).closedAt).toBeNull();
  });

  it("the group's next session, looking back on the point, follows when it is marked done from the overview", async () => {
    const { lead, group, session, leader } = await groupWithSession();
    const point = await addActionPoint(
      harness.db,
      session.id,
      { role: "lead" },
      {
        clientId: crypto.randomUUID(),
        text: "Huurders uitnodigen",
        owner: null,
        dueDate: inDays(3),
        sourceReactionId: null,
      },
    );
    const id = point.value.actionPointId;
    await leader.emit("session:end", {});
    const next = await harness.session(lead.user.id, { groupId: group.id });
    const nextLeader = await harness.client({ cookie: lead.cookie, sessionId: next.id, as: "lead" });
    const guest = await harness.participant(next.id, "Carla");
    const guestClient = await harness.client({ cookie: guest.cookie, sessionId: next.id });
    await nextLeader.emit("phase:start", {});
    await guestClient.viewWhere((view) => view.lookBack.some((each) => each.id === id && each.status === "open"));
    await Promise.all([quiet(nextLeader), quiet(guestClient)]);

    await setActionPointStatus(harness.db, lead.user.id, { groupId: group.id, actionPointId: id, status: "done" });
    for (const client of [nextLeader, guestClient]) {
      await client.viewWhere((view) => view.lookBack.find((each) => each.id === id)?.status === "done");
    }
  });
});
