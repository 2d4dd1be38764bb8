import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionView } from "@/lib/domain/session-view";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

const checks = { current: true, concrete: true, own: true };

describe("a Socratic conversation over the real live channel: questions, labels and answers", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("runs a Socratic conversation: the case owner's case, questions by the others, labelled warm, cold or neutral", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { method: "socratisch-gesprek" });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const [anna, bram] = await harness.joined(session.id, ["Anna", "Bram"]);
    if (!anna || !bram) throw new Error("two people joined");
    await leader.emit("phase:start", {});
    const pitch = {
      clientId: crypto.randomUUID(),
      title: "Huurdersvereniging wil meer invloed",
      question: "Hoe geef ik ze echte invloed op het onderhoudsplan?",
      checks,
    };
    // Only the case owner brings in the case here.
    expect(await anna.client.emit("case:pitch", pitch)).toMatchObject({ ok: false, code: "owner_only" });
    await leader.emit("role:assign", { participantId: anna.id, role: "case_owner" });
    expect(await anna.client.emit("case:pitch", pitch)).toMatchObject({ ok: true });
    const chosen = await bram.client.viewWhere((view) => view.chosenCase !== null);
    expect(chosen.chosenCase).toMatchObject({ title: "Huurdersvereniging wil meer invloed", ownerName: "Anna" });

    await leader.emit("phase:next", {});
    const questions = await bram.client.viewWhere(
      (view) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "questions",
    );
    const roundId = questions.round?.id;
    const ask = (client: typeof bram.client, kind: string, text: string) =>
      client.emit("reaction:add", { clientId: crypto.randomUUID(), roundId, kind, text });
    expect(await ask(anna.client, "question", "Mag ik zelf ook?")).toMatchObject({ ok: false, code: "others_write" });
    expect(await ask(bram.client, "advice", "Doe dit")).toMatchObject({ ok: false, code: "kind_not_allowed" });
    const asked = await ask(bram.client, "question", "Wat versta jij onder echte invloed?");
    expect(asked).toMatchObject({ ok: true });
    const questionId = (asked as { data: { reactionId: string } }).data.reactionId;
    expect(await anna.client.emit("reaction:label", { reactionId: questionId, label: "warm" })).toMatchObject({
      ok: false,
      code: "not_revealed",
    });
    await leader.emit("round:reveal", {});
    expect(await bram.client.emit("reaction:label", { reactionId: questionId, label: "cold" })).toMatchObject({
      ok: false,
      code: "case_owner_only",
    });
    expect(await anna.client.emit("reaction:label", { reactionId: questionId, label: "warm" })).toMatchObject({
      ok: true,
    });
    // A question is labelled, not called usable.
    expect(await anna.client.emit("reaction:usable", { reactionId: questionId, usable: true })).toMatchObject({
      ok: false,
      code: "kind_not_allowed",
    });
    const labelled = await bram.client.viewWhere((view) => view.reactions.some((r) => r.label === "warm"));
    expect(labelled.reactions.map((r) => [r.text, r.label])).toEqual([["Wat versta jij onder echte invloed?", "warm"]]);

    // The case owner answers; the others listen.
    await leader.emit("phase:next", {});
    const response = await anna.client.viewWhere(
      (view) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "response",
    );
    const answer = { clientId: crypto.randomUUID(), roundId: response.round?.id, kind: "response" };
    expect(await bram.client.emit("reaction:add", { ...answer, text: "Ik ook" })).toMatchObject({
      ok: false,
      code: "owner_only",
    });
    expect(
      await anna.client.emit("reaction:add", {
        ...answer,
        clientId: crypto.randomUUID(),
        text: "Invloed is meebeslissen.",
      }),
    ).toMatchObject({ ok: true });
  });

  /** A Socratic dialogue in its questions phase: Anna the case owner, Bram and Carla asking. */
  async function socraticQuestions(anonymous: boolean) {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { method: "socratisch-gesprek", anonymous });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const projector = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    const [anna, bram, carla] = await harness.joined(session.id, ["Anna", "Bram", "Carla"]);
    if (!anna || !bram || !carla) throw new Error("three people joined");
    await leader.emit("phase:start", {});
    await leader.emit("role:assign", { participantId: anna.id, role: "case_owner" });
    await leader.emit("phase:next", {});
    const questions = await bram.client.viewWhere(
      (view) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "questions",
    );
    return { session, leader, projector, anna, bram, carla, questions };
  }

  it("keeps the Socratic questions in view while the case owner labels and answers them", async () => {
    const { session, leader, projector, anna, bram, carla, questions } = await socraticQuestions(false);
    const questionRound = questions.round?.id;
    const ask = async (client: typeof bram.client, text: string) => {
      const asked = await client.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: questionRound,
        kind: "question",
        text,
      });
      expect(asked).toMatchObject({ ok: true });
      return (asked as { data: { reactionId: string } }).data.reactionId;
    };
    const respect = await ask(bram.client, "Wat betekent respect voor jou?");
    const minutes = await ask(bram.client, "Is vijf minuten al te laat?");
    const last = await ask(carla.client, "Wanneer was jij voor het laatst te laat?");
    await leader.emit("round:reveal", {});
    expect(await anna.client.emit("reaction:label", { reactionId: respect, label: "warm" })).toMatchObject({
      ok: true,
    });

    // The response phase: a round of its own for the answers; the questions stay in view, labels and all.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    const isResponse = (view: SessionView) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "response";
    const entered = await anna.client.viewWhere(isResponse);
    expect(entered.round?.id).not.toBe(questionRound);
    expect(entered.reactions).toEqual([]);
    expect(entered.answered).toMatchObject({ roundId: questionRound, phaseId: questions.round?.phaseId });
    expect(entered.answered?.reactions.map((r) => [r.text, r.authorName, r.label])).toEqual([
      ["Wat betekent respect voor jou?", "Bram", "warm"],
      ["Is vijf minuten al te laat?", "Bram", null],
      ["Wanneer was jij voor het laatst te laat?", "Carla", null],
    ]);
    // The case owner labels them here, where the method tells her to; everyone sees it at once.
    expect(await anna.client.emit("reaction:label", { reactionId: minutes, label: "cold" })).toMatchObject({
      ok: true,
    });
    expect(await anna.client.emit("reaction:label", { reactionId: last, label: "neutral" })).toMatchObject({
      ok: true,
    });
    expect(await bram.client.emit("reaction:label", { reactionId: last, label: "warm" })).toMatchObject({
      ok: false,
      code: "case_owner_only",
    });
    const labels = (view: SessionView) => view.answered?.reactions.map((r) => r.label);
    for (const screen of [leader, projector, bram.client, carla.client, anna.client]) {
      const seen = await screen.viewWhere((view) => isResponse(view) && labels(view)?.join() === "warm,cold,neutral");
      expect(seen.answered?.reactions).toHaveLength(3);
    }
    // The questions round takes no more questions; the answers go into the response phase's own round.
    expect(
      await bram.client.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: questionRound,
        kind: "question",
        text: "Nog eentje?",
      }),
    ).toMatchObject({ ok: false, code: "round_closed" });
    const answered = await anna.client.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: entered.round?.id,
      kind: "response",
      text: "Respect is: de ander niet laten wachten zonder bericht.",
    });
    expect(answered).toMatchObject({ ok: true });
    const answerId = (answered as { data: { reactionId: string } }).data.reactionId;
    const both = await carla.client.viewWhere((view) => view.reactions.some((r) => r.id === answerId));
    expect(both.reactions.map((r) => [r.kind, r.authorName])).toEqual([["response", "Anna"]]);
    expect(labels(both)).toEqual(["warm", "cold", "neutral"]);

    // Stored where they were written, nothing lost: the questions in their round with their labels,
    // the answer in the response phase's round.
    const stored = await harness.db.reaction.findMany({
      where: { sessionId: session.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, label: true, round: { select: { id: true, phase: { select: { kind: true } } } } },
    });
    expect(stored.map((r) => [r.id, r.round.phase?.kind, r.label])).toEqual([
      [respect, "questions", "warm"],
      [minutes, "questions", "cold"],
      [last, "questions", "neutral"],
      [answerId, "response", null],
    ]);

    // The phase after it answers nothing: the questions are no longer in view.
    await leader.emit("phase:next", {});
    const insights = await bram.client.viewWhere(
      (view) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "discussion",
    );
    expect(insights.answered).toBeNull();
  });

  it("never ties an anonymous question to its author while it is answered, on any screen", async () => {
    const { session, leader, projector, anna, bram, carla, questions } = await socraticQuestions(true);
    const texts = ["Wat is voor jou echte invloed?", "Wie beslist er nu?", "Wat als ze nee zeggen?"];
    for (const [client, text] of [
      [bram.client, texts[0]],
      [carla.client, texts[1]],
      [bram.client, texts[2]],
    ] as const) {
      expect(
        await client.emit("reaction:add", {
          clientId: crypto.randomUUID(),
          roundId: questions.round?.id,
          kind: "question",
          text,
        }),
      ).toMatchObject({ ok: true });
    }
    await leader.emit("round:reveal", {});
    await leader.emit("phase:next", {});
    const isResponse = (view: SessionView) => view.phases[view.session.currentPhaseIndex ?? 0]?.kind === "response";
    const owner = await anna.client.viewWhere((view) => isResponse(view) && view.answered?.reactions.length === 3);
    const first = owner.answered?.reactions[0];
    expect(await anna.client.emit("reaction:label", { reactionId: first?.id, label: "warm" })).toMatchObject({
      ok: true,
    });
    for (const screen of [leader, projector, anna.client, carla.client]) {
      const seen = await screen.viewWhere((view) => isResponse(view) && view.answered?.reactions[0]?.label === "warm");
      // In the order of their random ids, on every screen alike; nobody's name, unless it is their own.
      expect(seen.answered?.reactions.map((r) => r.id)).toEqual(owner.answered?.reactions.map((r) => r.id));
      for (const question of seen.answered?.reactions ?? [])
        if (!question.mine) expect(question).toMatchObject({ authorId: null, authorName: null, clientId: null });
    }
    // Nothing on the wire to anyone but Bram names him beside a question: every frame the others got,
    // the lists that name everyone present left out.
    const beyondTheLists = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(beyondTheLists);
      if (!value || typeof value !== "object") return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !["participants", "online", "submitters", "members"].includes(key))
          .map(([key, each]) => [key, beyondTheLists(each)]),
      );
    };
    for (const screen of [leader, projector, anna.client, carla.client]) {
      for (const frame of screen.frames) {
        const start = frame.search(/[[{]/);
        if (start === -1) continue;
        const payload = JSON.stringify(beyondTheLists(JSON.parse(frame.slice(start))));
        expect(payload).not.toContain(bram.id);
        expect(payload).not.toContain("Bram");
      }
    }
  });
});
