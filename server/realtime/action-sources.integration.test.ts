import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

describe("what an action point can be made from", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("in the action-points phase: every readable reaction of the session, from every round, its text only", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const people = [await harness.participant(session.id, "Anna"), await harness.participant(session.id, "Bram")];
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const [anna, bram] = [
      await harness.client({ cookie: people[0]?.cookie, sessionId: session.id }),
      await harness.client({ cookie: people[1]?.cookie, sessionId: session.id }),
    ];
    const post = async (client: typeof anna, kind: string, text: string) => {
      const view = await client.viewWhere((each) => each.round !== null && each.session.status === "running");
      const result = await client.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: view.round?.id ?? "",
        kind: kind as never,
        text,
      });
      expect(result).toMatchObject({ ok: true });
      return (await client.viewWhere((each) => each.reactions.some((r) => r.text === text))).reactions.find(
        (r) => r.text === text,
      )?.id as string;
    };

    // Check-in (read at once), then a dealt lesson: one idea kept, one hidden, one withdrawn.
    await leader.emit("phase:start", {});
    const checkin = await post(anna, "checkin", "Goed, wel moe.");
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    await anna.viewWhere((view) => view.round?.lesson !== null && view.round?.lesson !== undefined);
    await post(anna, "idea", "Een vast aanspreekpunt");
    const hidden = await post(bram, "idea", "Iets om te verbergen");
    const withdrawn = await post(bram, "idea", "Toch maar niet");
    expect(await bram.emit("reaction:withdraw", { reactionId: withdrawn })).toMatchObject({ ok: true });
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    expect(await leader.emit("reaction:hide", { reactionId: hidden })).toMatchObject({ ok: true });

    // Not offered while talking: only in the action-points phase.
    await leader.emit("phase:next", {});
    const talking = await anna.viewWhere((view) => view.session.currentPhaseIndex === 2);
    expect(talking.actionSources).toEqual([]);
    await leader.emit("phase:next", {});
    const deciding = await anna.viewWhere((view) => view.actionSources.length > 0);
    const lesson = deciding.round?.lesson?.number ?? null;
    expect(deciding.actionSources).toEqual([
      { id: expect.any(String), kind: "idea", text: "Een vast aanspreekpunt", round: 2, lessonNumber: lesson },
      { id: checkin, kind: "checkin", text: "Goed, wel moe.", round: 1, lessonNumber: null },
    ]);
    for (const client of [leader, bram]) {
      expect((await client.sync()).actionSources).toEqual(deciding.actionSources);
    }

    // A point made from the check-in, two phases ago.
    const made = await anna.emit("action:add", {
      clientId: crypto.randomUUID(),
      text: "Rust nemen",
      owner: null,
      dueDate: null,
      sourceReactionId: checkin,
    });
    expect(made).toMatchObject({ ok: true });
    const withPoint = await leader.viewWhere((view) => view.actionPoints.length === 1);
    expect(withPoint.actionPoints[0]).toMatchObject({ text: "Rust nemen", sourceReactionId: checkin });
  });

  it("lists an anonymous round's reactions by their random ids, never in the order people wrote them", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { anonymous: true });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const people = [];
    for (const name of ["Anna", "Bram", "Carla", "Dewi"]) {
      const person = await harness.participant(session.id, name);
      people.push(await harness.client({ cookie: person.cookie, sessionId: session.id }));
    }
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    for (const [index, client] of people.entries()) {
      const view = await client.viewWhere((each) => each.round?.lesson !== null && each.round?.lesson !== undefined);
      const posted = await client.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: view.round?.id ?? "",
        kind: "idea",
        text: `Idee ${index + 1}`,
      });
      expect(posted).toMatchObject({ ok: true });
    }
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    await leader.emit("phase:next", {});
    await leader.emit("phase:next", {});
    const deciding = await leader.viewWhere((view) => view.actionSources.length === 4);
    const ids = deciding.actionSources.map((source) => source.id);
    expect(ids).toEqual([...ids].sort());
    expect(deciding.actionSources.map((source) => Object.keys(source).sort())).toEqual(
      Array(4).fill(["id", "kind", "lessonNumber", "round", "text"]),
    );
  });
});
