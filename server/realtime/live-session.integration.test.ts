import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_PROTOCOL } from "@/lib/realtime/events";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

describe("a live lesson round over the real live channel", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  async function lessonRound(options: { anonymous?: boolean } = {}) {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, options);
    const people = [
      await harness.participant(session.id, "Anna"),
      await harness.participant(session.id, "Bram"),
      await harness.participant(session.id, "Carla"),
    ] as const;
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const clients = [
      await harness.client({ cookie: people[0].cookie, sessionId: session.id }),
      await harness.client({ cookie: people[1].cookie, sessionId: session.id }),
      await harness.client({ cookie: people[2].cookie, sessionId: session.id }),
    ] as const;
    return { lead, session, people, leader, clients };
  }

  it("runs check-in, a dealt lesson with hidden reactions, the reveal and dot votes, on every screen", async () => {
    const { leader, clients, people } = await lessonRound();
    const [anna, bram, carla] = clients;
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await anna.viewWhere((view) => view.session.status === "running" && view.round !== null);
    expect(checkin.phases[checkin.session.currentPhaseIndex ?? -1]?.kind).toBe("checkin");

    // Check-in is visible at once, with the author.
    const posted = await anna.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: checkin.round?.id,
      kind: "checkin",
      text: "Goed, wel moe.",
    });
    expect(posted).toMatchObject({ ok: true });
    const seenByBram = await bram.viewWhere((view) => view.reactions.length === 1);
    expect(seenByBram.reactions[0]).toMatchObject({ text: "Goed, wel moe.", authorName: "Anna", mine: false });

    // Quota 1 in check-in.
    const second = await anna.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: checkin.round?.id,
      kind: "checkin",
      text: "Nog iets",
    });
    expect(second).toMatchObject({
      ok: false,
      code: "quota_reached",
      message: expect.stringContaining("maximale aantal"),
    });

    await leader.emit("phase:next", {});
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const dealt = await bram.viewWhere((view) => view.round?.lesson !== null && view.round?.lesson !== undefined);
    const lesson = dealt.round?.lesson;
    expect(lesson?.text.nl.length).toBeGreaterThan(10);
    expect(dealt.dealtLessonIds).toEqual([lesson?.id]);

    const annaPost = await anna.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "experience",
      text: "Herkenbaar: bij ons werkte het wijkspreekuur op dinsdag goed.",
    });
    expect(annaPost.ok).toBe(true);
    // Bram sees that Anna submitted, not what.
    const hidden = await bram.viewWhere((view) => view.pendingCount === 1);
    expect(hidden.reactions).toEqual([]);
    expect(hidden.participants.find((p) => p.id === people[0].id)).toMatchObject({ submitted: true, online: true });
    // (A word that is in no lesson, so the dealt card cannot contain it.)
    expect(JSON.stringify(hidden)).not.toContain("wijkspreekuur");
    // The facilitator does not read it before the reveal either (the cockpit may be on the projector).
    const leaderHidden = await leader.viewWhere((view) => view.pendingCount === 1);
    expect(leaderHidden.reactions).toEqual([]);
    // Anna sees her own and may edit it.
    const own = await anna.viewWhere((view) => view.reactions.length === 1 && view.reactions[0]?.mine === true);
    const reactionId = own.reactions[0]?.id ?? "";
    expect(await anna.emit("reaction:edit", { reactionId, text: "Herkenbaar: een vast gezicht werkt." })).toMatchObject(
      { ok: true },
    );

    // A kind the phase does not allow, and an empty text, are refused.
    expect(
      await bram.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: dealt.round?.id,
        kind: "advice",
        text: "x",
      }),
    ).toMatchObject({ ok: false, code: "kind_not_allowed" });
    expect(
      await bram.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: dealt.round?.id,
        kind: "idea",
        text: "   ",
      }),
    ).toMatchObject({ ok: false, code: "bad_request" });
    await bram.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "idea",
      text: "Een idee",
    });

    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    const revealed = await bram.viewWhere((view) => view.round?.revealed === true);
    expect(revealed.reactions.map((r) => [r.authorName, r.text])).toEqual([
      ["Anna", "Herkenbaar: een vast gezicht werkt."],
      ["Bram", "Een idee"],
    ]);
    expect(await anna.emit("reaction:withdraw", { reactionId })).toMatchObject({ ok: false, code: "already_revealed" });

    // Dot votes: a budget of 3 per person per round.
    for (let i = 0; i < 3; i++) {
      expect(await bram.emit("vote:cast", { clientId: crypto.randomUUID(), reactionId })).toMatchObject({ ok: true });
    }
    expect(await bram.emit("vote:cast", { clientId: crypto.randomUUID(), reactionId })).toMatchObject({
      ok: false,
      code: "votes_spent",
    });
    // Carla gives all three of hers to Bram's idea, Anna one.
    const idea = revealed.reactions.find((r) => r.text === "Een idee")?.id ?? "";
    for (const voter of [carla, carla, carla, anna]) {
      expect(await voter.emit("vote:cast", { clientId: crypto.randomUUID(), reactionId: idea })).toMatchObject({
        ok: true,
      });
    }
    // While people vote nobody sees the counts, not even the facilitator: only their own votes.
    const bramView = await bram.viewWhere((view) => view.me?.votesLeft === 0);
    expect(bramView.reactions.find((r) => r.id === reactionId)).toMatchObject({ myVotes: 3, votes: 0 });
    expect((await leader.sync()).reactions.map((r) => r.votes)).toEqual([0, 0]);
    expect(await bram.emit("round:voting", { closed: true })).toMatchObject({ ok: false, code: "forbidden" });

    // The facilitator closes the vote: the counts show, most voted first, and voting stops.
    expect(await leader.emit("round:voting", { closed: true })).toMatchObject({ ok: true });
    const voted = await anna.viewWhere((view) => view.round?.votingClosed === true);
    expect(voted.reactions.map((r) => [r.text, r.votes])).toEqual([
      ["Een idee", 4],
      ["Herkenbaar: een vast gezicht werkt.", 3],
    ]);
    expect(voted.me?.votesLeft).toBe(2);
    for (const attempt of [
      anna.emit("vote:cast", { clientId: crypto.randomUUID(), reactionId }),
      bram.emit("vote:retract", { reactionId }),
    ]) {
      expect(await attempt).toMatchObject({
        ok: false,
        code: "voting_closed",
        message: expect.stringContaining("gesloten"),
      });
    }

    // The facilitator hides one from view: gone for participants, marked for the facilitator.
    expect(await leader.emit("reaction:hide", { reactionId })).toMatchObject({ ok: true });
    const afterHide = await bram.viewWhere((view) => view.reactions.length === 1);
    expect(afterHide.reactions[0]?.text).toBe("Een idee");
    const leaderAfter = await leader.viewWhere((view) => view.reactions.some((r) => r.visibility === "hidden"));
    expect(leaderAfter.reactions).toHaveLength(2);
  });

  it("keeps anonymous authors from everyone else, in every field and in the order", async () => {
    const { leader, clients, people } = await lessonRound({ anonymous: true });
    const [anna, bram, carla] = clients;
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    await leader.emit("card:deal", { random: true });
    const dealt = await carla.viewWhere((view) => Boolean(view.round?.lesson));
    const texts = ["Eerste van Anna", "Tweede van Bram", "Derde van Anna"];
    await anna.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "idea",
      text: texts[0],
    });
    await bram.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "idea",
      text: texts[1],
    });
    await anna.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "idea",
      text: texts[2],
    });
    await leader.emit("round:reveal", {});
    const seen = await carla.viewWhere((view) => view.reactions.length === 3);
    for (const reaction of seen.reactions) {
      expect(reaction).toMatchObject({
        authorId: null,
        authorName: null,
        anonymous: true,
        mine: false,
        clientId: null,
      });
      expect(Object.keys(reaction)).not.toContain("createdAt");
    }
    // Order is by random id, not by time.
    const ids = seen.reactions.map((reaction) => reaction.id);
    expect(ids).toEqual([...ids].sort());
    // Nothing Carla received ever tied a reaction to Anna or Bram.
    for (const view of carla.views) {
      for (const reaction of view.reactions) expect([reaction.authorId, reaction.authorName]).toEqual([null, null]);
    }
    const leaderView = await leader.sync();
    expect(leaderView.reactions.every((reaction) => reaction.authorId === null)).toBe(true);
    // The author still recognises their own.
    const annaView = await anna.sync();
    expect(annaView.reactions.filter((reaction) => reaction.mine).map((reaction) => reaction.authorId)).toEqual([
      people[0].id,
      people[0].id,
    ]);
  });

  it("stores a retried reaction once, even when the retries race", async () => {
    const { leader, clients, session } = await lessonRound();
    const [anna] = clients;
    await leader.emit("phase:start", {});
    const view = await anna.viewWhere((v) => v.round !== null);
    const payload = { clientId: crypto.randomUUID(), roundId: view.round?.id, kind: "checkin", text: "Eén keer" };
    const results = await Promise.all([anna.emit("reaction:add", payload), anna.emit("reaction:add", payload)]);
    const again = await anna.emit("reaction:add", payload);
    const ids = [...results, again].map((result) =>
      result.ok ? (result.data as { reactionId: string }).reactionId : result.code,
    );
    expect(new Set(ids).size).toBe(1);
    expect(await harness.db.reaction.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("refuses participants who steer, cross into another session, or send bad input, and changes nothing", async () => {
    const { leader, clients, session, people } = await lessonRound();
    const [anna] = clients;
    await leader.emit("phase:start", {});
    await anna.viewWhere((v) => v.round !== null);
    const other = await lessonRound();
    await other.leader.emit("phase:start", {});
    const otherRound = (await other.clients[0].viewWhere((v) => v.round !== null)).round;
    const before = await harness.db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } });

    for (const [event, payload] of [
      ["phase:next", {}],
      ["session:end", {}],
      ["card:deal", { random: true }],
      ["timer:command", { type: "start" }],
      ["participant:remove", { participantId: people[1].id }],
    ] as const) {
      expect(await anna.emit(event, payload)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(
      await anna.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: otherRound?.id,
        kind: "checkin",
        text: "x",
      }),
    ).toMatchObject({ ok: false, code: "round_closed" });
    expect(
      await anna.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: otherRound?.id,
        kind: "checkin",
        text: "x".repeat(2001),
      }),
    ).toMatchObject({ ok: false, code: "bad_request" });
    expect(
      await anna.emit("reaction:add", { clientId: "not-a-uuid", roundId: "r", kind: "checkin", text: "x" }),
    ).toMatchObject({
      ok: false,
      code: "bad_request",
    });
    expect(await leader.emit("phase:jump", { index: 99 })).toMatchObject({ ok: false, code: "no_such_phase" });

    const after = await harness.db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.version).toBe(before.version);
    expect(after.currentPhaseIndex).toBe(before.currentPhaseIndex);
    expect(await harness.db.reaction.count({ where: { sessionId: { in: [session.id, other.session.id] } } })).toBe(0);

    // A credential of one session opens no other; a facilitator cannot lead someone else's session.
    const crossing = await harness.client({ cookie: people[0].cookie, sessionId: other.session.id });
    expect(crossing.outcome).toEqual({ ok: false, code: "unauthenticated" });
    const foreignLead = await harness.client({ cookie: other.lead.cookie, sessionId: session.id, as: "lead" });
    expect(foreignLead.outcome).toEqual({ ok: false, code: "forbidden" });
  });

  it("refuses a page from before an update (an older protocol, or none), and lets this build's in", async () => {
    const { session, people } = await lessonRound();
    const older = [
      { sessionId: session.id, as: "participant" },
      { sessionId: session.id, as: "participant", protocol: LIVE_PROTOCOL - 1 },
    ];
    for (const auth of older) {
      const socket = connect(harness.url, {
        transports: ["websocket"],
        auth,
        extraHeaders: { cookie: people[0].cookie },
        reconnection: false,
        forceNew: true,
      });
      const refused = await new Promise<unknown>((resolve) =>
        socket.once("connect_error", (error) => resolve((error as Error & { data?: { code?: string } }).data?.code)),
      );
      socket.close();
      expect(refused).toBe("outdated");
    }
    const current = await harness.client({ cookie: people[0].cookie, sessionId: session.id });
    expect(current.outcome).toEqual({ ok: true });
  });

  it("removes a participant: told at once, disconnected, and refused when coming back", async () => {
    const { leader, clients, people, session } = await lessonRound();
    const [, bram] = clients;
    const told = new Promise<void>((resolve) => bram.socket.once("session:removed", resolve));
    expect(await leader.emit("participant:remove", { participantId: people[1].id })).toMatchObject({ ok: true });
    await told;
    const back = await harness.client({ cookie: people[1].cookie, sessionId: session.id });
    expect(back.outcome).toEqual({ ok: false, code: "removed" });
    const leaderView = await leader.viewWhere((view) => view.participants.length === 2);
    expect(leaderView.participants.map((p) => p.displayName)).toEqual(["Anna", "Carla"]);
  });

  it("shows who is here, who dropped out and who came back", async () => {
    const { leader, clients, people, session } = await lessonRound();
    await leader.viewWhere((view) => view.participants.every((p) => p.online));
    clients[2].socket.disconnect();
    await leader.viewWhere((view) => view.participants.find((p) => p.id === people[2].id)?.online === false);
    // Each join of the set-up sends the room its whole view, which a busy machine may still be
    // sending or trying again: let those land (a round trip after them) before counting what
    // coming back costs.
    await harness.realtime.settled();
    await leader.sync();
    const framesBefore = leader.frames.length;
    await harness.client({ cookie: people[2].cookie, sessionId: session.id });
    await leader.viewWhere((view) => view.participants.find((p) => p.id === people[2].id)?.online === true);
    // Coming back costs the room one small presence message, not a whole view for every screen.
    const sent = leader.frames.slice(framesBefore);
    expect(sent.some((frame) => frame.includes('"session:presence"'))).toBe(true);
    expect(sent.filter((frame) => frame.includes('"session:state"'))).toEqual([]);
  });

  it("runs the timer on the server's clock and the speaking order", async () => {
    const { leader, clients } = await lessonRound();
    await leader.emit("phase:start", {});
    expect(await leader.emit("timer:command", { type: "start" })).toMatchObject({ ok: true });
    const running = await clients[0].viewWhere((view) => view.session.timer.status === "running");
    const timer = running.session.timer;
    expect(timer.status === "running" && timer.endsAt - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(await leader.emit("timer:command", { type: "start" })).toMatchObject({ ok: false, code: "conflict" });
    await leader.emit("timer:command", { type: "pause" });
    await leader.emit("timer:command", { type: "add", ms: 60_000 });
    const paused = await clients[1].viewWhere(
      (view) => view.session.timer.status === "paused" && view.session.timer.durationMs === 11 * 60_000,
    );
    expect(paused.session.timer.status === "paused" && paused.session.timer.remainingMs).toBeGreaterThan(10 * 60_000);

    expect(await leader.emit("turns:start", { order: "join_order" })).toMatchObject({ ok: true });
    const turns = await clients[0].viewWhere((view) => view.round?.turnIndex === 0);
    expect(turns.round?.turnOrder).toEqual(turns.participants.map((p) => p.id));
    await leader.emit("turns:skip", {});
    await leader.emit("turns:next", {});
    const later = await clients[0].viewWhere((view) => view.round?.turnIndex === 2);
    expect(later.round?.turnSkipped).toEqual([turns.round?.turnOrder[0]]);
    await leader.emit("turns:next", {});
    await clients[0].viewWhere((view) => view.round?.turnIndex === null && (view.round?.turnOrder.length ?? 0) === 3);
  });
});
