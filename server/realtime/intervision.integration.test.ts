import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDay } from "@/lib/domain/due-date";
import type { SessionView } from "@/lib/domain/session-view";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

const day = (offsetDays: number) => calendarDay(new Date(Date.now() + offsetDays * 86_400_000));
const checks = { current: true, concrete: true, own: true };

describe("an intervision method over the real live channel: cases, roles, notes and action points", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  async function incidentSession(options: { groupId?: string } = {}) {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { method: "incidentmethode", ...options });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    return { lead, session, leader };
  }

  const phaseIndex = (view: SessionView, kind: string) => view.phases.findIndex((phase) => phase.kind === kind);

  it("pitches cases, votes, chooses one, keeps its owner silent during advice, and gathers action points", async () => {
    const { session, leader } = await incidentSession();
    const [anna, bram, carla] = await harness.joined(session.id, ["Anna", "Bram", "Carla"]);
    if (!anna || !bram || !carla) throw new Error("three people joined");
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const start = await leader.viewWhere((view) => view.session.status === "running");
    await leader.emit("phase:jump", { index: phaseIndex(start, "pitch") });

    const pitch = (title: string, extra: object = {}) => ({
      clientId: crypto.randomUUID(),
      title,
      question: "Hoe krijg ik de bewonerscommissie weer aan tafel?",
      checks,
      ...extra,
    });
    const annaPitch = pitch("Bewonerscommissie haakt af");
    const pitched = await anna.client.emit("case:pitch", annaPitch);
    expect(pitched).toMatchObject({ ok: true });
    // A retry stores once; a second case is over the quota; a case must pass all three checks.
    const annaCaseId = (pitched as { data: { caseId: string } }).data.caseId;
    expect(await anna.client.emit("case:pitch", annaPitch)).toMatchObject({ ok: true, data: { caseId: annaCaseId } });
    expect(await anna.client.emit("case:pitch", pitch("Nog een"))).toMatchObject({ ok: false, code: "quota_reached" });
    expect(
      await bram.client.emit("case:pitch", pitch("Zonder toets", { checks: { ...checks, own: false } })),
    ).toMatchObject({ ok: false, code: "bad_request", message: expect.any(String) });
    expect(await bram.client.emit("case:pitch", pitch("Klachten over onderhoud"))).toMatchObject({ ok: true });
    expect(await carla.client.emit("case:vote", { clientId: crypto.randomUUID(), caseId: annaCaseId })).toMatchObject({
      ok: false,
      code: "not_choosing",
    });

    await leader.emit("phase:next", {});
    for (const voter of [bram, carla]) {
      expect(await voter.client.emit("case:vote", { clientId: crypto.randomUUID(), caseId: annaCaseId })).toMatchObject(
        { ok: true },
      );
    }
    const tallied = await carla.client.viewWhere((view) => view.cases.find((c) => c.id === annaCaseId)?.votes === 2);
    expect(tallied.cases.map((c) => [c.title, c.ownerName, c.votes])).toEqual([
      ["Bewonerscommissie haakt af", "Anna", 2],
      ["Klachten over onderhoud", "Bram", 0],
    ]);
    expect(tallied.cases.find((c) => c.id === annaCaseId)?.myVote).toBe(true);

    expect(await leader.emit("case:choose", { caseId: annaCaseId })).toMatchObject({ ok: true });
    const chosen = await anna.client.viewWhere((view) => view.chosenCase?.id === annaCaseId);
    expect(chosen.me?.role).toBe("case_owner");
    const bramCase = chosen.cases.find((c) => c.ownerName === "Bram");
    expect(bramCase?.status).toBe("set_aside");
    expect(await carla.client.emit("case:vote", { clientId: crypto.randomUUID(), caseId: bramCase?.id })).toMatchObject(
      { ok: false, code: "case_closed" },
    );

    // Advice: the case owner listens.
    await leader.emit("phase:jump", { index: phaseIndex(chosen, "advice") });
    const advice = await bram.client.viewWhere(
      (view) => view.round !== null && view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "advice",
    );
    const roundId = advice.round?.id;
    expect(
      await anna.client.emit("reaction:add", { clientId: crypto.randomUUID(), roundId, kind: "advice", text: "Zelf" }),
    ).toMatchObject({ ok: false, code: "owner_silent" });
    const given = await bram.client.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId,
      kind: "advice",
      text: "Nodig ze uit op hun eigen plek, niet op kantoor.",
    });
    expect(given).toMatchObject({ ok: true });
    const adviceId = (given as { data: { reactionId: string } }).data.reactionId;
    expect(await bram.client.emit("reaction:usable", { reactionId: adviceId, usable: true })).toMatchObject({
      ok: false,
      code: "case_owner_only",
    });
    expect(
      await carla.client.emit("action:add", {
        clientId: crypto.randomUUID(),
        text: "Te vroeg",
        owner: null,
        dueDate: null,
        sourceReactionId: null,
      }),
    ).toMatchObject({ ok: false, code: "actions_closed" });

    // The case owner drops out and comes back: still the case owner.
    anna.client.socket.disconnect();
    const back = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    const again = await back.viewWhere((view) => view.me !== null);
    expect(again.me?.role).toBe("case_owner");
    expect(await back.emit("reaction:usable", { reactionId: adviceId, usable: true })).toMatchObject({ ok: true });
    await carla.client.viewWhere((view) => view.reactions.some((r) => r.id === adviceId && r.usable === true));

    // Action points, gathered together.
    await leader.emit("phase:jump", { index: phaseIndex(chosen, "action_points") });
    await bram.client.viewWhere((view) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "action_points");
    const base = { owner: { kind: "participant", id: anna.id }, sourceReactionId: adviceId };
    expect(
      await bram.client.emit("action:add", {
        ...base,
        clientId: crypto.randomUUID(),
        text: "Gisteren",
        dueDate: day(-1),
      }),
    ).toMatchObject({ ok: false, code: "due_in_past" });
    expect(
      await bram.client.emit("action:add", {
        ...base,
        clientId: crypto.randomUUID(),
        text: "Onbekend",
        dueDate: day(7),
        owner: { kind: "participant", id: "nobody-here" },
      }),
    ).toMatchObject({ ok: false, code: "owner_unknown" });
    const added = await bram.client.emit("action:add", {
      ...base,
      clientId: crypto.randomUUID(),
      text: "Afspraak maken bij de commissie thuis",
      dueDate: day(7),
    });
    expect(added).toMatchObject({ ok: true });
    const actionPointId = (added as { data: { actionPointId: string } }).data.actionPointId;
    expect(await carla.client.emit("action:update", { actionPointId, status: "done" })).toMatchObject({
      ok: false,
      code: "not_your_action",
    });
    expect(await back.emit("action:update", { actionPointId, status: "done" })).toMatchObject({ ok: true });
    const done = await leader.viewWhere((view) => view.actionPoints[0]?.status === "done");
    expect(done.actionPoints).toEqual([
      expect.objectContaining({
        text: "Afspraak maken bij de commissie thuis",
        ownerName: "Anna",
        dueDate: day(7),
        status: "done",
        sourceReactionId: adviceId,
      }),
    ]);
    const stored = await harness.db.actionPoint.findUniqueOrThrow({ where: { id: actionPointId } });
    expect(stored.sourceCaseId).toBe(annaCaseId);
    expect(stored.closedAt).not.toBeNull();
  });

  it("lets the note taker and the facilitator write the notes, and never overwrites a newer version", async () => {
    const { session, leader, lead } = await incidentSession();
    const [bram, carla] = await harness.joined(session.id, ["Bram", "Carla"]);
    if (!bram || !carla) throw new Error("two people joined");
    const projector = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    await leader.emit("phase:start", {});
    expect(await leader.emit("role:assign", { participantId: bram.id, role: "note_taker" })).toMatchObject({
      ok: true,
    });
    expect(await carla.client.emit("notes:update", { text: "Mag ik?", baseVersion: 0 })).toMatchObject({
      ok: false,
      code: "notes_readonly",
    });
    expect(await projector.emit("notes:update", { text: "Beamer", baseVersion: 0 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await bram.client.emit("notes:update", { text: "Casus: de commissie.", baseVersion: 0 })).toMatchObject({
      ok: true,
      data: { notesVersion: 1 },
    });
    // The facilitator was still writing on version 0: refused, Bram's text stays.
    expect(await leader.emit("notes:update", { text: "Mijn versie", baseVersion: 0 })).toMatchObject({
      ok: false,
      code: "notes_conflict",
    });
    const seen = await carla.client.viewWhere((view) => view.notes.version === 1);
    expect(seen.notes).toEqual({ text: "Casus: de commissie.", version: 1, updatedByName: "Bram" });
    expect(
      await leader.emit("notes:update", { text: "Casus: de commissie.\nAanvulling", baseVersion: 1 }),
    ).toMatchObject({ ok: true, data: { notesVersion: 2 } });
    const byLead = await carla.client.viewWhere((view) => view.notes.version === 2);
    expect(byLead.notes.updatedByName).toBe("Lea");
    // Handing the role to Carla takes it from Bram.
    await leader.emit("role:assign", { participantId: carla.id, role: "note_taker" });
    const handed = await bram.client.viewWhere(
      (view) => view.participants.find((p) => p.id === carla.id)?.role === "note_taker",
    );
    expect(handed.me?.role).toBe("participant");
    expect(await bram.client.emit("notes:update", { text: "Nog even", baseVersion: 2 })).toMatchObject({
      ok: false,
      code: "notes_readonly",
    });
  });

  it("opens the group's next session with its open action points, which their owners update live", async () => {
    const lead = await harness.facilitator();
    const group = await harness.db.group.create({ data: { name: "Intervisie Noord", ownerId: lead.user.id } });
    const member = await harness.db.groupMember.create({ data: { groupId: group.id, name: "Anna Jansen" } });
    const firstSession = await harness.session(lead.user.id, { method: "lessenronde", groupId: group.id });
    const first = {
      lead,
      leader: await harness.client({ cookie: lead.cookie, sessionId: firstSession.id, as: "lead" }),
    };
    const before = await first.leader.sync();
    expect(before.phases[0]?.kind).toBe("checkin");
    await first.leader.emit("phase:start", {});
    for (const text of ["Bewoners bellen", "Nieuwsbrief schrijven"]) {
      expect(
        await first.leader.emit("action:add", {
          clientId: crypto.randomUUID(),
          text,
          owner: { kind: "member", id: member.id },
          dueDate: day(3),
          sourceReactionId: null,
        }),
      ).toMatchObject({ ok: true });
    }
    // An owner from another group is refused.
    const elsewhere = await harness.db.group.create({ data: { name: "Intervisie Oost", ownerId: lead.user.id } });
    const stranger = await harness.db.groupMember.create({ data: { groupId: elsewhere.id, name: "Piet" } });
    expect(
      await first.leader.emit("action:add", {
        clientId: crypto.randomUUID(),
        text: "Van een andere groep",
        owner: { kind: "member", id: stranger.id },
        dueDate: null,
        sourceReactionId: null,
      }),
    ).toMatchObject({ ok: false, code: "owner_unknown" });
    await first.leader.emit("session:end", {});

    // A lesson round has no look-back phase of its own: the group's open action points add one.
    const second = await harness.session(first.lead.user.id, { method: "lessenronde", groupId: group.id });
    const leader = await harness.client({ cookie: first.lead.cookie, sessionId: second.id, as: "lead" });
    const anna = await harness.participant(second.id, "Anna", member.id);
    const bram = await harness.participant(second.id, "Bram");
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: second.id });
    const bramClient = await harness.client({ cookie: bram.cookie, sessionId: second.id });
    await leader.emit("phase:start", {});
    const opening = await annaClient.viewWhere((view) => view.session.status === "running");
    expect(opening.phases.map((phase) => phase.kind)).toEqual([
      "look_back",
      "checkin",
      "lesson_round",
      "discussion",
      "action_points",
      "checkout",
    ]);
    expect(opening.lookBack.map((point) => [point.text, point.ownerName, point.status])).toEqual([
      ["Bewoners bellen", "Anna Jansen", "open"],
      ["Nieuwsbrief schrijven", "Anna Jansen", "open"],
    ]);
    const [call] = opening.lookBack;
    expect(await bramClient.emit("action:update", { actionPointId: call?.id, status: "done" })).toMatchObject({
      ok: false,
      code: "not_your_action",
    });
    expect(await annaClient.emit("action:update", { actionPointId: call?.id, status: "done" })).toMatchObject({
      ok: true,
    });
    const updated = await bramClient.viewWhere((view) => view.lookBack.some((point) => point.status === "done"));
    expect(updated.lookBack.map((point) => point.status)).toEqual(["done", "open"]);

    // An overdue point can still be reworded by its owner; moving it to another past day cannot.
    const letter = opening.lookBack[1];
    await harness.db.actionPoint.update({
      where: { id: letter?.id },
      data: { dueDate: new Date(`${day(-3)}T00:00:00Z`) },
    });
    expect(
      await annaClient.emit("action:update", {
        actionPointId: letter?.id,
        text: "Nieuwsbrief schrijven, kort",
        dueDate: day(-3),
      }),
    ).toMatchObject({ ok: true });
    expect(await annaClient.emit("action:update", { actionPointId: letter?.id, dueDate: day(-2) })).toMatchObject({
      ok: false,
      code: "due_in_past",
    });

    // One person per group member: a second "Anna Jansen" is refused.
    await expect(harness.participant(second.id, "Nog een Anna", member.id)).rejects.toMatchObject({
      code: "member_taken",
    });
    // Saying you are a member of another group is refused.
    await expect(harness.participant(second.id, "Indringer", "not-a-member")).rejects.toMatchObject({
      code: "owner_unknown",
    });
  });
});
