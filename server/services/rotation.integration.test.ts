import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupFormSchema, memberFormSchema } from "@/lib/schemas/group-form";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { withAnonymousLessonRound } from "@/server/testing/plan-drafts";
import { addMember, createGroup } from "./groups";
import { loadGroupRotation } from "./rotation";

describe("a group's rotation on a real database", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("counts roles, open action points and quiet sessions, never an anonymous post, and suggests who is next", {
    timeout: 60_000,
  }, async () => {
    const lead = await harness.facilitator();
    const group = await createGroup(harness.db, lead.user.id, groupFormSchema.parse({ name: "Team Oost" }));
    const member = async (name: string) =>
      addMember(harness.db, lead.user.id, group.id, memberFormSchema.parse({ name, email: "" }));
    const anna = await member("Anna de Vries");
    const bram = await member("Bram Koper");
    const carla = await member("Carla Smit");
    await member("Dewi Groen");

    const session = await harness.session(lead.user.id, { groupId: group.id });
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    expect(await leader.emit("plan:update", { phases: withAnonymousLessonRound(await leader.sync()) })).toMatchObject({
      ok: true,
    });
    const people = {
      anna: await harness.participant(session.id, "Anna", anna.id),
      bram: await harness.participant(session.id, "Bram", bram.id),
      carla: await harness.participant(session.id, "Carla", carla.id),
    };
    const clients = {
      anna: await harness.client({ cookie: people.anna.cookie, sessionId: session.id }),
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
      expect(result).toMatchObject({ ok: true });
    };
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    // Anna checks in by name; Carla writes only in the anonymous lesson round, which is revealed.
    await post("anna", "checkin", "Goed, zin in vandaag.");
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    await post("carla", "idea", "Een vast gezicht bij de intake.");
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    // Anna brought the case, Bram took the notes; Anna owns an open action point.
    for (const [participantId, role] of [
      [people.anna.id, "case_owner"],
      [people.bram.id, "note_taker"],
    ] as const) {
      expect(await leader.emit("role:assign", { participantId, role })).toMatchObject({ ok: true });
    }
    expect(
      await leader.emit("action:add", {
        clientId: crypto.randomUUID(),
        text: "De wijkagent bellen",
        owner: { kind: "member", id: anna.id },
        dueDate: null,
        sourceReactionId: null,
      }),
    ).toMatchObject({ ok: true });

    const rotation = await loadGroupRotation(harness.db, lead.user.id, group.id);
    expect(rotation?.rows.map((row) => [row.name, row.casesBrought, row.notesTaken, row.openActions])).toEqual([
      ["Anna de Vries", 1, 0, 1],
      ["Bram Koper", 0, 1, 0],
      ["Carla Smit", 0, 0, 0],
      ["Dewi Groen", 0, 0, 0],
    ]);
    // Carla's anonymous idea is not hers here: she was as quiet as Bram, by name.
    expect(rotation?.rows.map((row) => [row.name, row.attended, row.quietSessions])).toEqual([
      ["Anna de Vries", 1, 0],
      ["Bram Koper", 1, 1],
      ["Carla Smit", 1, 1],
      ["Dewi Groen", 0, 0],
    ]);
    expect(rotation?.nextCaseOwner).toMatchObject({ name: "Bram Koper", reason: "never" });
    // Anna, Carla and Dewi never took the notes; Anna has an open action point on her plate.
    expect(rotation?.nextNoteTaker).toMatchObject({ name: "Carla Smit", reason: "never" });

    // Another facilitator's group is not found.
    const stranger = await harness.facilitator("Sem");
    expect(await loadGroupRotation(harness.db, stranger.user.id, group.id)).toBeNull();
  });
});
