import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { balanceSummary } from "@/lib/domain/balance";
import type { SessionView } from "@/lib/domain/session-view";
import { valuesUnder } from "@/server/testing/frames";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/**
 * The participation balance on the wire: the lead's frames carry it, whole and as each new
 * reaction's patch; the projector's and the participants' frames carry nothing of it; and in an
 * anonymous round nothing in the lead's frames ties a person to a text.
 */

type Client = Awaited<ReturnType<LiveHarness["client"]>>;

/** The cue and the counts as the cockpit would show them for the whole session. */
function shown(view: SessionView) {
  if (!view.balance) return null;
  const people = view.participants.map((each) => ({ id: each.id, name: each.displayName }));
  const summary = balanceSummary(view.balance, people, "session", Date.now());
  return {
    notYetHeard: summary.notYetHeard,
    posts: Object.fromEntries(summary.rows.map((row) => [row.name, row.posts])),
    turns: Object.fromEntries(summary.rows.map((row) => [row.name, row.turns])),
    anonymous: summary.anonymousInSession,
  };
}

async function post(who: Client, roundId: string | undefined, kind: string, text: string): Promise<string> {
  const result = await who.emit("reaction:add", { clientId: crypto.randomUUID(), roundId, kind, text });
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { reactionId: string } }).data.reactionId;
}

describe("the participation balance, frame by frame", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("reaches the lead alone, moves on with every post, and agrees after a reload", { timeout: 60_000 }, async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const sannePerson = await harness.participant(session.id, "Sanne");
    const pietPerson = await harness.participant(session.id, "Piet");
    const sanne = await harness.client({ cookie: sannePerson.cookie, sessionId: session.id });
    const piet = await harness.client({ cookie: pietPerson.cookie, sessionId: session.id });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const projector = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" });

    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await leader.viewWhere((view) => view.round !== null);
    // Nobody has said anything: no cue yet, it would only be noise.
    expect(shown(checkin)?.notYetHeard).toEqual([]);

    await post(piet, checkin.round?.id, "checkin", "Goed, zin in vandaag.");
    const afterPiet = await leader.viewWhere((view) => shown(view)?.posts.Piet === 1);
    expect(shown(afterPiet)?.notYetHeard).toEqual(["Sanne"]);

    await post(sanne, checkin.round?.id, "checkin", "Moe, maar hier.");
    const afterSanne = await leader.viewWhere((view) => shown(view)?.posts.Sanne === 1);
    expect(shown(afterSanne)?.notYetHeard).toEqual([]);

    // A speaking order: Sanne speaks, Piet is skipped.
    expect(await leader.emit("turns:start", { order: "join_order" })).toMatchObject({ ok: true });
    expect(await leader.emit("turns:skip", {})).toMatchObject({ ok: true });
    expect(await leader.emit("turns:skip", {})).toMatchObject({ ok: true });
    const turns = await leader.viewWhere((view) => view.round?.turnIndex === null && view.round.turnSkipped.length > 0);
    expect(turns.round?.turnSkipped).toHaveLength(2);

    // The lesson round, hidden until the reveal: a named post counts for its author at once.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const dealt = await leader.viewWhere((view) => Boolean(view.round?.lesson));
    await post(piet, dealt.round?.id, "idea", "Een vaste contactpersoon.");
    await leader.viewWhere((view) => shown(view)?.posts.Piet === 2);
    // A withdrawn reaction no longer counts, without a reload.
    const dropped = await post(sanne, dealt.round?.id, "idea", "Toch maar niet.");
    await leader.viewWhere((view) => shown(view)?.posts.Sanne === 2);
    expect(await sanne.emit("reaction:withdraw", { reactionId: dropped })).toMatchObject({ ok: true });
    const patched = await leader.viewWhere((view) => shown(view)?.posts.Sanne === 1);

    // A reload gives the lead the same balance as the patches did.
    const reloaded = await (await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" })).viewWhere(
      (view) => view.version >= patched.version,
    );
    expect(shown(reloaded)).toEqual(shown(patched));
    expect(shown(reloaded)).toMatchObject({ posts: { Sanne: 1, Piet: 2 }, turns: { Sanne: 0, Piet: 0 } });

    // The projector's and the participants' frames hold nothing of it.
    await projector.viewWhere((view) => view.version >= patched.version);
    await sanne.viewWhere((view) => view.version >= patched.version);
    for (const client of [projector, sanne, piet]) {
      expect(valuesUnder(client.frames, "contribution")).toEqual([]);
      expect(valuesUnder(client.frames, "contributions")).toEqual([]);
      expect(new Set(valuesUnder(client.frames, "balance"))).toEqual(new Set([null]));
      expect(client.frames.join("\n")).not.toContain("lastAt");
    }
    // The lead's did carry it, as whole views and as patches.
    expect(valuesUnder(leader.frames, "contribution").length).toBeGreaterThanOrEqual(3);
  });

  it("counts a turn taken, and a speaking order's current speaker as having spoken", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    await harness.participant(session.id, "Sanne");
    await harness.participant(session.id, "Piet");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    expect(await leader.emit("turns:start", { order: "join_order" })).toMatchObject({ ok: true });
    const first = await leader.viewWhere((view) => view.round?.turnIndex === 0);
    expect(shown(first)).toMatchObject({ turns: { Sanne: 1, Piet: 0 }, notYetHeard: ["Piet"] });
    expect(await leader.emit("turns:next", {})).toMatchObject({ ok: true });
    const second = await leader.viewWhere((view) => view.round?.turnIndex === 1);
    expect(shown(second)).toMatchObject({ turns: { Sanne: 1, Piet: 1 }, notYetHeard: [] });
  });

  it("ties nobody to an anonymous text in the lead's frames", { timeout: 60_000 }, async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id, { anonymous: true });
    const annaPerson = await harness.participant(session.id, "Anna Jansen");
    const bramPerson = await harness.participant(session.id, "Bram de Vries");
    const anna = await harness.client({ cookie: annaPerson.cookie, sessionId: session.id });
    const bram = await harness.client({ cookie: bramPerson.cookie, sessionId: session.id });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });

    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await anna.viewWhere((view) => view.round !== null);
    await post(anna, checkin.round?.id, "checkin", "Goed, wel moe.");
    await post(bram, checkin.round?.id, "checkin", "Druk maar goed.");
    // The lesson round, hidden until the reveal: Anna writes once more.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const dealt = await anna.viewWhere((view) => Boolean(view.round?.lesson));
    await post(anna, dealt.round?.id, "idea", "Een vast gezicht helpt.");
    const counted = await leader.viewWhere((view) => shown(view)?.anonymous === 3);
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    await leader.viewWhere((view) => view.reactions.length === 1);
    const reloaded = await leader.sync();

    // Only a number, the same for everyone: Anna's two posts are not hers in the balance.
    for (const view of [counted, reloaded]) {
      expect(shown(view)).toMatchObject({ anonymous: 3, posts: { "Anna Jansen": 0, "Bram de Vries": 0 } });
      expect(view.balance?.named).toEqual([]);
    }
    const contributions = valuesUnder(leader.frames, "contribution");
    expect(contributions.length).toBeGreaterThanOrEqual(1);
    for (const contribution of contributions) {
      expect([checkin.round?.phaseId, dealt.round?.phaseId]).toContain((contribution as { phaseId: string }).phaseId);
      expect(contribution).toEqual({ anonymous: true, phaseId: expect.any(String) });
    }
    for (const balance of valuesUnder(leader.frames, "balance")) {
      expect(JSON.stringify(balance)).not.toContain(annaPerson.id);
      expect(JSON.stringify(balance)).not.toContain(bramPerson.id);
    }
  });
});
