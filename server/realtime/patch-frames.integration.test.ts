import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionPatch } from "@/lib/domain/session-patch";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/** The `session:patches` frames among a connection's raw frames, after `from`. */
function patchFrames(frames: readonly string[], from: number): SessionPatch[][] {
  return frames
    .slice(from)
    .filter((frame) => frame.startsWith('2["session:patches"'))
    .map((frame) => (JSON.parse(frame.slice(1)) as [string, SessionPatch[]])[1]);
}

/**
 * Reactions that arrive while the room's write is in flight are stored by one commit, and go out
 * together: one frame per screen (each frame is a write to each socket), in version order, with
 * each viewer's own patches as when they come one by one.
 */
describe("one commit's reactions in one frame per screen", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("sends a room's reactions stored together in one frame, each screen's own, in version order", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const names = ["Anna", "Bram", "Carla", "Daan", "Eva", "Fenna", "Gijs", "Hanna"];
    const people = await harness.joined(session.id, names);
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });

    // The check-in: visible at once, with the author. Everyone sends in the same moment.
    const checkin = await leader.viewWhere((view) => view.round !== null);
    const before = [leader, ...people.map((person) => person.client)].map((client) => client.frames.length);
    const posts = await Promise.all(
      people.map(({ client }, index) =>
        client.emit("reaction:add", {
          clientId: crypto.randomUUID(),
          roundId: checkin.round?.id,
          kind: "checkin",
          text: `Check-in van ${names[index]}`,
        }),
      ),
    );
    expect(posts.every((posted) => posted.ok)).toBe(true);
    await leader.viewWhere((view) => view.reactions.length === names.length);
    await Promise.all(people.map(({ client }) => client.viewWhere((view) => view.reactions.length === names.length)));

    const leaderFrames = patchFrames(leader.frames, before[0] ?? 0);
    // The first post's write was in flight while the others arrived: they were stored together.
    expect(leaderFrames.length).toBeLessThan(names.length);
    const versions = leaderFrames.flat().map((patch) => patch.version);
    expect(versions).toEqual(versions.map((_, index) => checkin.version + index + 1));
    expect(leaderFrames.flat().map((patch) => patch.reaction?.authorName)).toEqual(expect.arrayContaining(names));
    for (const [index, { client }] of people.entries()) {
      const patches = patchFrames(client.frames, before[index + 1] ?? 0).flat();
      expect(patches.map((patch) => patch.version)).toEqual(versions);
      // Their own reaction says it is theirs, with their client id; no one else's does.
      const mine = patches.filter((patch) => patch.reaction?.mine);
      expect(mine.map((patch) => patch.reaction?.text)).toEqual([`Check-in van ${names[index]}`]);
      expect(mine[0]?.reaction?.clientId).toEqual(expect.any(String));
      expect(patches.filter((patch) => !patch.reaction?.mine).every((patch) => patch.reaction?.clientId === null)).toBe(
        true,
      );
    }

    // The lesson round: reactions stay hidden until the reveal, so each screen's frame differs.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const dealt = await leader.viewWhere((view) => Boolean(view.round?.lesson));
    await Promise.all(people.map(({ client }) => client.viewWhere((view) => view.round?.id === dealt.round?.id)));
    const hiddenFrom = [leader, ...people.map((person) => person.client)].map((client) => client.frames.length);
    const hidden = await Promise.all(
      people.map(({ client }, index) =>
        client.emit("reaction:add", {
          clientId: crypto.randomUUID(),
          roundId: dealt.round?.id,
          kind: "idea",
          text: `Idee van ${names[index]}`,
        }),
      ),
    );
    expect(hidden.every((posted) => posted.ok)).toBe(true);
    const leaderView = await leader.viewWhere((view) => view.pendingCount === names.length);
    expect(leaderView.reactions).toEqual([]);
    expect(
      patchFrames(leader.frames, hiddenFrom[0] ?? 0)
        .flat()
        .every((patch) => patch.reaction === null),
    ).toBe(true);
    for (const [index, { client }] of people.entries()) {
      // Each sees their own idea only, and counts the others' as pending.
      const view = await client.viewWhere(
        (shown) => shown.reactions.length === 1 && shown.pendingCount === names.length - 1,
      );
      expect(view.reactions.map((reaction) => reaction.text)).toEqual([`Idee van ${names[index]}`]);
      const texts = patchFrames(client.frames, hiddenFrom[index + 1] ?? 0)
        .flat()
        .flatMap((patch) => (patch.reaction ? [patch.reaction.text] : []));
      expect(texts).toEqual([`Idee van ${names[index]}`]);
    }
  });
});
