import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupFormSchema, memberFormSchema } from "@/lib/schemas/group-form";
import { addMember, createGroup, markMemberLeft } from "@/server/services/groups";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

describe("saying which group member you are, after joining", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("one person per current member of the session's group, once, and the cockpit sees it", async () => {
    const lead = await harness.facilitator();
    const group = await createGroup(harness.db, lead.user.id, groupFormSchema.parse({ name: "Team Wonen" }));
    const member = (name: string) =>
      addMember(harness.db, lead.user.id, group.id, memberFormSchema.parse({ name, email: "" }));
    const anna = await member("Anna de Vries");
    const bram = await member("Bram Jansen");
    const carla = await member("Carla Smit");
    await markMemberLeft(harness.db, lead.user.id, group.id, carla.id);
    const other = await createGroup(harness.db, lead.user.id, groupFormSchema.parse({ name: "Elders" }));
    const stranger = await addMember(
      harness.db,
      lead.user.id,
      other.id,
      memberFormSchema.parse({ name: "Dewi", email: "" }),
    );
    const session = await harness.session(lead.user.id, { groupId: group.id });
    const first = await harness.participant(session.id, "Anna");
    const second = await harness.participant(session.id, "Mallory");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const annaClient = await harness.client({ cookie: first.cookie, sessionId: session.id });
    const mallory = await harness.client({ cookie: second.cookie, sessionId: session.id });

    // The members are in the view of those who joined (the join page shows none).
    const joined = await annaClient.sync();
    expect(joined.members.map((each) => each.name)).toEqual(["Anna de Vries", "Bram Jansen"]);

    expect(await annaClient.emit("participant:member", { groupMemberId: anna.id })).toMatchObject({ ok: true });
    const seen = await leader.viewWhere((view) =>
      view.participants.some((each) => each.id === first.id && each.groupMemberId === anna.id),
    );
    expect(seen.participants.find((each) => each.id === second.id)?.groupMemberId).toBeNull();

    const refusals: [unknown, string][] = [
      [{ groupMemberId: anna.id }, "member_taken"],
      [{ groupMemberId: carla.id }, "member_unknown"],
      [{ groupMemberId: stranger.id }, "member_unknown"],
      [{ groupMemberId: "x".repeat(200) }, "bad_request"],
      [{ groupMemberId: anna.id, extra: 1 }, "bad_request"],
      [{ groupMemberId: "a\u0000b" }, "text_control_characters"],
    ];
    for (const [payload, code] of refusals) {
      const result = await mallory.emit("participant:member", payload);
      expect(result).toMatchObject({ ok: false, code });
      expect((result as { message: string }).message.length).toBeGreaterThan(10);
    }
    // Anna cannot become someone else afterwards; the same answer again is fine.
    expect(await annaClient.emit("participant:member", { groupMemberId: bram.id })).toMatchObject({
      ok: false,
      code: "member_chosen",
      message: expect.stringContaining("gespreksleider"),
    });
    expect(await annaClient.emit("participant:member", { groupMemberId: anna.id })).toMatchObject({ ok: true });
    // The facilitator is not a participant.
    expect(await leader.emit("participant:member", { groupMemberId: bram.id })).toMatchObject({ ok: false });
    const stored = await harness.db.participant.findMany({
      where: { sessionId: session.id },
      orderBy: { joinIndex: "asc" },
    });
    expect(stored.map((each) => each.groupMemberId)).toEqual([anna.id, null]);
  });
});
