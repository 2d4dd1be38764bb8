import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KringError } from "@/lib/errors";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { planSession, sessionInvitation } from "./sessions";

describe("planning a session for the group's invitation, on a real database", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("keeps the date for its lead alone, knows the plan's length, and ends with the session", async () => {
    const { db } = harness;
    const lead = await harness.facilitator();
    const other = await harness.facilitator();
    const session = await harness.session(lead.user.id);

    const unplanned = await sessionInvitation(db, lead.user.id, session.id);
    expect(unplanned).toMatchObject({ plannedFor: null, joinCode: session.joinCode });
    const phases = await db.sessionPhase.findMany({ where: { sessionId: session.id } });
    expect(unplanned?.minutes).toBe(phases.reduce((sum, phase) => sum + phase.durationSeconds, 0) / 60);

    await planSession(db, lead.user.id, session.id, "2026-12-14T14:00");
    expect((await sessionInvitation(db, lead.user.id, session.id))?.plannedFor).toBe("2026-12-14T14:00");

    // Someone else's session is not there for them: not to read, not to plan.
    expect(await sessionInvitation(db, other.user.id, session.id)).toBeNull();
    await expect(planSession(db, other.user.id, session.id, "2026-12-15T09:00")).rejects.toThrow(KringError);
    expect((await sessionInvitation(db, lead.user.id, session.id))?.plannedFor).toBe("2026-12-14T14:00");

    await planSession(db, lead.user.id, session.id, null);
    expect((await sessionInvitation(db, lead.user.id, session.id))?.plannedFor).toBeNull();

    // An ended session is planned no more.
    await db.intervisionSession.update({ where: { id: session.id }, data: { status: "ended" } });
    await expect(planSession(db, lead.user.id, session.id, "2026-12-14T14:00")).rejects.toThrow(KringError);
  });
});
