import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPatch, type SessionCatchUp } from "@/lib/domain/session-patch";
import type { SessionView } from "@/lib/domain/session-view";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/**
 * A client that missed versions asks for what it missed since the version it shows
 * (`session:catchup`): only the new reactions, as the patches it would have had, while nothing
 * else changed; the whole view otherwise.
 */
describe("catching up after a version gap", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("sends just the missed reactions, which bring the old view to the current one", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const people = await Promise.all(["Anna", "Bram", "Carla"].map((name) => harness.participant(session.id, name)));
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const clients = await Promise.all(
      people.map((person) => harness.client({ cookie: person.cookie, sessionId: session.id })),
    );
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    // The check-in: texts appear at once, with their authors.
    const started = await leader.viewWhere((view) => view.round !== null);
    const texts = ["Goed, wel moe.", "Druk maar goed.", "Uitgerust."];
    for (const [index, client] of clients.entries()) {
      const posted = await client.emit("reaction:add", {
        clientId: crypto.randomUUID(),
        roundId: started.round?.id,
        kind: "checkin",
        text: texts[index],
      });
      expect(posted).toMatchObject({ ok: true });
    }
    const now = await leader.viewWhere((view) => view.reactions.length === 3);
    expect(now.version).toBe(started.version + 3);

    const answer = await leader.emit("session:catchup", { since: started.version });
    expect(answer.ok).toBe(true);
    const caughtUp = (answer as { data: SessionCatchUp }).data;
    if (!("patches" in caughtUp)) throw new Error("expected the missed patches, got the whole view");
    expect(caughtUp.patches.map((patch) => patch.version)).toEqual([1, 2, 3].map((n) => started.version + n));
    expect(caughtUp.patches.map((patch) => patch.reaction?.text)).toEqual(texts);
    let view: SessionView = started;
    for (const patch of caughtUp.patches) {
      const next = applyPatch(view, patch);
      if (next === null || next === "stale") throw new Error(`patch ${patch.version} does not follow`);
      view = next;
    }
    expect({ version: view.version, reactions: view.reactions, submittedCount: view.submittedCount }).toEqual({
      version: now.version,
      reactions: now.reactions,
      submittedCount: now.submittedCount,
    });
    // Anna's own patch says it is hers, to her only.
    const annas = await clients[0]?.emit("session:catchup", { since: started.version });
    const mine = (annas as { data: { patches: { reaction: { mine: boolean } | null }[] } }).data.patches;
    expect(mine.map((patch) => patch.reaction?.mine)).toEqual([true, false, false]);

    // Up to date: nothing to send. From before the run, or from a version that does not exist: the whole view.
    expect(await leader.emit("session:catchup", { since: now.version })).toEqual({ ok: true, data: { patches: [] } });
    for (const since of [started.version - 1, now.version + 5]) {
      const whole = await leader.emit("session:catchup", { since });
      expect((whole as { data: { view?: SessionView } }).data.view?.version).toBe(now.version);
    }

    // Something other than a new reaction changed (the next phase): the whole view, newer than the patches.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    const next = await leader.viewWhere((current) => current.version > now.version);
    const whole = await leader.emit("session:catchup", { since: started.version });
    expect((whole as { data: { view?: SessionView } }).data.view?.version).toBe(next.version);
  });

  it("refuses a version that is not a whole number, and changes nothing", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    for (const payload of [{}, { since: -1 }, { since: 1.5 }, { since: "3" }, { since: 1, extra: true }]) {
      expect(await leader.emit("session:catchup", payload)).toMatchObject({ ok: false, code: "bad_request" });
    }
  });
});
