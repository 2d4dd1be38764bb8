import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "@/server/testing/live-clients";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

describe("the lead's projector: the join code again, a spotlight, a page", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("reaches the projector and everyone, only from the lead, and the next phase starts afresh", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const projector = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });

    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await annaClient.viewWhere((view) => view.round !== null);
    expect(checkin.session.projector).toEqual({ join: false, spotlightId: null, page: 0 });
    const posted = await annaClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: checkin.round?.id,
      kind: "checkin",
      text: "Goed, wel moe.",
    });
    expect(posted).toMatchObject({ ok: true });
    const withReaction = await projector.viewWhere((view) => view.reactions.length === 1);
    const reactionId = withReaction.reactions[0]?.id ?? "";

    expect(await leader.emit("projector:show", { show: "join", on: true })).toMatchObject({ ok: true });
    expect(await leader.emit("projector:show", { show: "spotlight", reactionId })).toMatchObject({ ok: true });
    expect(await leader.emit("projector:show", { show: "page", page: 2 })).toMatchObject({ ok: true });
    const focused = await projector.viewWhere((view) => view.session.projector.page === 2);
    expect(focused.session.projector).toEqual({ join: true, spotlightId: reactionId, page: 2 });

    // Nobody else may steer the projector, not even the projector's own screen; nonsense changes nothing.
    for (const other of [annaClient, projector]) {
      expect(await other.emit("projector:show", { show: "spotlight", reactionId: null })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    const bad: [unknown, string][] = [
      [{ show: "page", page: -1 }, "bad_request"],
      [{ show: "page", page: 1.5 }, "bad_request"],
      [{ show: "join", on: "yes" }, "bad_request"],
      [{ show: "louder" }, "bad_request"],
      [{ show: "spotlight", reactionId: "a\u0000b" }, "text_control_characters"],
      [{ show: "spotlight", reactionId: "nope" }, "not_found"],
    ];
    for (const [payload, code] of bad) {
      const result = await leader.emit("projector:show", payload as never);
      expect(result).toMatchObject({ ok: false, code });
      expect((result as { message: string }).message.length).toBeGreaterThan(10);
    }
    expect((await projector.sync()).session.projector).toEqual({ join: true, spotlightId: reactionId, page: 2 });

    // The next phase: no spotlight from the last one, its first page; the join code stays up.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    const next = await projector.viewWhere((view) => view.session.currentPhaseIndex === 1);
    expect(next.session.projector).toEqual({ join: true, spotlightId: null, page: 0 });

    // A reaction still hidden until the reveal cannot be put in the spotlight.
    await leader.emit("card:deal", { random: true });
    const dealt = await annaClient.viewWhere((view) => view.round?.lesson !== null && view.round?.lesson !== undefined);
    const hidden = await annaClient.emit("reaction:add", {
      clientId: crypto.randomUUID(),
      roundId: dealt.round?.id,
      kind: "idea",
      text: "Nog niet te zien",
    });
    expect(hidden).toMatchObject({ ok: true });
    const mine = await annaClient.viewWhere((view) => view.reactions.some((each) => each.mine));
    const pendingId = mine.reactions.find((each) => each.mine)?.id ?? "";
    expect(await leader.emit("projector:show", { show: "spotlight", reactionId: pendingId })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("tells every screen whether a projector is open, and nothing more about it", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    expect((await leader.sync()).projectorOnline).toBe(false);

    const first = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    const second = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });
    await leader.viewWhere((view) => view.projectorOnline);
    await annaClient.viewWhere((view) => view.projectorOnline);
    // Two projector tabs are one presence; closing one leaves the other.
    const sockets = () => harness.realtime.io.of("/").sockets.size;
    const before = sockets();
    first.socket.disconnect();
    await until(() => sockets() === before - 1, "the server saw the first projector go");
    expect((await leader.sync()).projectorOnline).toBe(true);
    second.socket.disconnect();
    await leader.viewWhere((view) => !view.projectorOnline);
    expect((await annaClient.sync()).projectorOnline).toBe(false);
    // It travels as a word among the participants' ids: no facilitator or socket id goes with it.
    const presenceFrames = annaClient.frames.filter((frame) => frame.includes("session:presence"));
    expect(presenceFrames.some((frame) => frame.includes('"projector"'))).toBe(true);
    for (const frame of presenceFrames) expect(frame).not.toContain(lead.user.id);
  });
});
