import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { monthOf } from "@/lib/insights/group-timeline";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { withAnonymousLessonRound } from "@/server/testing/plan-drafts";
import { loadGroupInsights, loadSessionInsights } from "./insights";
import { loadReport } from "./report";

describe("insights on a real database", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /**
   * One group session of the lessons round: Anna and Bram check in by name, then two anonymous
   * reactions to a lesson are revealed (written by `anonymousAuthors`), one more anonymous reaction
   * is never revealed, and an action point is made and closed.
   */
  async function heldSession(
    lead: Awaited<ReturnType<LiveHarness["facilitator"]>>,
    groupId: string,
    lessonId: string,
    anonymousAuthors: ("anna" | "bram" | "carla")[],
  ) {
    const session = await harness.session(lead.user.id, { groupId });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    expect(await leader.emit("plan:update", { phases: withAnonymousLessonRound(await leader.sync()) })).toMatchObject({
      ok: true,
    });
    const people = {
      anna: await harness.participant(session.id, "Anna"),
      bram: await harness.participant(session.id, "Bram"),
      carla: await harness.participant(session.id, "Carla"),
    };
    const clients = {
      anna: await harness.client({ cookie: people.anna.cookie, sessionId: session.id }),
      bram: await harness.client({ cookie: people.bram.cookie, sessionId: session.id }),
      carla: await harness.client({ cookie: people.carla.cookie, sessionId: session.id }),
    };
    const post = async (who: keyof typeof clients, kind: string, text: string) => {
      const view = await clients[who].sync();
      const result = await clients[who].emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: view.round?.id,
        kind,
        text,
      });
      expect(result, `${who}: ${text}`).toMatchObject({ ok: true });
    };
    const jumpTo = async (kind: string) => {
      const view = await leader.sync();
      const index = view.phases.findIndex((phase) => phase.kind === kind);
      if (index === view.session.currentPhaseIndex) return;
      expect(await leader.emit("phase:jump", { index })).toMatchObject({ ok: true });
    };

    await leader.emit("phase:start", {});
    await jumpTo("checkin");
    await post("anna", "checkin", "Moe maar blij");
    await post("bram", "checkin", "Net terug van vakantie");
    await jumpTo("lesson_round");
    expect(await leader.emit("card:deal", { lessonId })).toMatchObject({ ok: true });
    for (const [index, who] of anonymousAuthors.entries()) await post(who, "idea", `Anoniem idee ${index + 1}`);
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    // Posted but never revealed: not in the report, so not in the insights either.
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    await post("anna", "idea", "Nooit getoond");
    await jumpTo("action_points");
    const added = await leader.emit("action:add", {
      clientId: crypto.randomUUID(),
      text: "Bewonersavond plannen",
      owner: { kind: "participant", id: people.anna.id },
      dueDate: null,
      sourceReactionId: null,
    });
    expect(added).toMatchObject({ ok: true });
    const actionPointId = (added as { data: { actionPointId: string } }).data.actionPointId;
    expect(await leader.emit("action:update", { actionPointId, status: "done" })).toMatchObject({ ok: true });
    expect(await leader.emit("session:end", {})).toMatchObject({ ok: true });
    for (const client of [leader, ...Object.values(clients)]) client.socket.disconnect();
    return session;
  }

  it("counts named contributions per person and anonymous ones apart, the same whoever wrote them", async () => {
    const lead = await harness.facilitator();
    const group = await harness.db.group.create({ data: { name: "Team Wonen", ownerId: lead.user.id } });
    const lesson = await harness.db.lesson.findFirstOrThrow({
      orderBy: [{ theme: { position: "asc" } }, { position: "asc" }],
    });

    const byAnna = await heldSession(lead, group.id, lesson.id, ["anna", "anna"]);
    const byOthers = await heldSession(lead, group.id, lesson.id, ["carla", "bram"]);

    const first = await loadSessionInsights(harness.db, byAnna.id);
    const second = await loadSessionInsights(harness.db, byOthers.id);
    // Anna wrote both anonymous ideas in one session, Carla and Bram in the other: nothing tells them apart.
    expect(first?.participation).toEqual(second?.participation);
    expect(first?.participation).toEqual({
      people: [
        { name: "Anna", reactions: 1, cases: 0, total: 1 },
        { name: "Bram", reactions: 1, cases: 0, total: 1 },
        { name: "Carla", reactions: 0, cases: 0, total: 0 },
      ],
      anonymous: 2,
      total: 4,
      max: 2,
    });
    // The report shows the same: the named check-ins with a name, the anonymous ideas without one.
    const report = await loadReport(harness.db, byAnna.id);
    const authors = report?.rounds.flatMap((round) => round.reactions.map((reaction) => reaction.author)) ?? [];
    expect(authors.sort()).toEqual(["Anna", "Bram", null, null]);

    // Time per phase: the session's plan, every phase with its planned minutes.
    const plan = await harness.db.sessionPhase.findMany({
      where: { sessionId: byAnna.id },
      orderBy: { position: "asc" },
    });
    expect(first?.phases.rows.map((row) => [row.title.nl, row.plannedMs])).toEqual(
      plan.map((phase) => [phase.titleNl, phase.durationSeconds * 1000]),
    );
    expect(first?.phases.started).toBe(true);
    expect(await loadSessionInsights(harness.db, "no-such-session")).toBeNull();
  });

  it("shows a group's sessions, lessons and action points per month, only to facilitators of the group", async () => {
    const lead = await harness.facilitator("Noor");
    const group = await harness.db.group.create({ data: { name: "Team Zorg", ownerId: lead.user.id } });
    const [lesson, other] = await harness.db.lesson.findMany({ take: 2, orderBy: { id: "asc" } });
    if (!lesson || !other) throw new Error("the deck has lessons");
    await heldSession(lead, group.id, lesson.id, ["anna"]);
    await heldSession(lead, group.id, lesson.id, ["bram"]);
    // A session that was prepared but never held does not count.
    await harness.session(lead.user.id, { groupId: group.id });

    const now = new Date();
    const insights = await loadGroupInsights(harness.db, lead.user.id, group.id, now);
    expect(insights?.name).toBe("Team Zorg");
    // Both sessions dealt the same lesson, and each one random lesson more: one to three distinct lessons.
    const lessons = insights?.timeline.totals.lessons ?? 0;
    expect(lessons).toBeGreaterThanOrEqual(1);
    expect(lessons).toBeLessThanOrEqual(3);
    expect(insights?.timeline.totals).toMatchObject({ sessions: 2, opened: 2, closed: 2, open: 0 });
    expect(insights?.timeline.months).toEqual([{ month: monthOf(now), sessions: 2, lessons, opened: 2, closed: 2 }]);

    // Someone who does not share the group sees nothing, as for a group that does not exist.
    const stranger = await harness.facilitator("Olaf");
    expect(await loadGroupInsights(harness.db, stranger.user.id, group.id, now)).toBeNull();
    expect(await loadGroupInsights(harness.db, lead.user.id, "no-such-group", now)).toBeNull();
    // Sharing the group opens its insights.
    await harness.db.groupFacilitator.create({ data: { groupId: group.id, userId: stranger.user.id } });
    expect((await loadGroupInsights(harness.db, stranger.user.id, group.id, now))?.timeline.totals.sessions).toBe(2);
  });
});
