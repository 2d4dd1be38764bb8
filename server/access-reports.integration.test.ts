import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGroup } from "@/server/services/groups";
import { createShareLink, listShareLinks, revokeShareLink, sessionForShareToken } from "@/server/services/share-links";
import { type LiveHarness, startLiveHarness, TEST_SECRET } from "@/server/testing/live-harness";
import { facilitatorReader, participantReader } from "./access";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The cookie's value, as the browser sends it, from the harness's "name=value". */
const cookieValue = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);

describe("who may read a session's report", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("the facilitator who led it and facilitators of its group; no one else", async () => {
    const lea = await harness.facilitator("Lea");
    const kees = await harness.facilitator("Kees");
    const noor = await harness.facilitator("Noor");
    const group = await createGroup(harness.db, lea.user.id, { name: "Team Noord", description: "" });
    await harness.db.groupFacilitator.create({ data: { groupId: group.id, userId: kees.user.id } });
    const session = await harness.session(lea.user.id, { groupId: group.id });
    expect(await facilitatorReader(harness.db, lea.user.id, session.id)).toEqual({ kind: "lead" });
    expect(await facilitatorReader(harness.db, kees.user.id, session.id)).toEqual({ kind: "group" });
    expect(await facilitatorReader(harness.db, noor.user.id, session.id)).toBeNull();
    expect(await facilitatorReader(harness.db, lea.user.id, "no-such-session")).toBeNull();
  });

  it("its participants by their credential, not a removed one, not one of another session", async () => {
    const lea = await harness.facilitator("Lea");
    const session = await harness.session(lea.user.id);
    const other = await harness.session(lea.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const bram = await harness.participant(session.id, "Bram");
    const carla = await harness.participant(other.id, "Carla");
    const read = (sessionId: string, cookie: string | undefined) =>
      participantReader(harness.db, TEST_SECRET, sessionId, cookie);
    expect(await read(session.id, cookieValue(anna.cookie))).toEqual({ kind: "participant", participantId: anna.id });
    // Carla's credential belongs to another session: its signature does not hold for this one.
    expect(await read(session.id, cookieValue(carla.cookie))).toBeNull();
    expect(await read(session.id, undefined)).toBeNull();
    expect(await read(session.id, `${anna.id}.forged.token`)).toBeNull();
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    await leader.emit("participant:remove", { participantId: bram.id });
    expect(await read(session.id, cookieValue(bram.cookie))).toBeNull();
  });

  it("anyone with a share link, until it is revoked or expires; only the lead makes and revokes links", async () => {
    const lea = await harness.facilitator("Lea");
    const kees = await harness.facilitator("Kees");
    const session = await harness.session(lea.user.id);
    const now = new Date();
    const week = await createShareLink(harness.db, lea.user.id, session.id, 7, now);
    const forever = await createShareLink(harness.db, lea.user.id, session.id, null, now);
    expect(await sessionForShareToken(harness.db, week.token, now)).toBe(session.id);
    expect(await sessionForShareToken(harness.db, week.token, new Date(now.getTime() + 8 * DAY_MS))).toBeNull();
    expect(await sessionForShareToken(harness.db, forever.token, new Date(now.getTime() + 3650 * DAY_MS))).toBe(
      session.id,
    );

    await expect(createShareLink(harness.db, kees.user.id, session.id, 7, now)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(revokeShareLink(harness.db, kees.user.id, session.id, forever.id, now)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await sessionForShareToken(harness.db, forever.token, now)).toBe(session.id);

    await revokeShareLink(harness.db, lea.user.id, session.id, forever.id, now);
    expect(await sessionForShareToken(harness.db, forever.token, now)).toBeNull();
    const links = await listShareLinks(harness.db, lea.user.id, session.id, now);
    expect(links.map((link) => link.state).sort()).toEqual(["active", "revoked"]);

    // Only a hash is kept: the token itself is nowhere in the database.
    const stored = await harness.db.shareLink.findMany({ where: { sessionId: session.id } });
    expect(JSON.stringify(stored)).not.toContain(week.token);
    for (const token of ["", "x", week.token.slice(1), `${week.token}A`, '\'; DROP TABLE "ShareLink"; --']) {
      expect(await sessionForShareToken(harness.db, token, now)).toBeNull();
    }
    await harness.db.intervisionSession.update({ where: { id: session.id }, data: { status: "ended" } });
    await harness.db.intervisionSession.delete({ where: { id: session.id } });
    expect(await sessionForShareToken(harness.db, week.token, now)).toBeNull();
  });
});
