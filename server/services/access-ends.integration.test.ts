import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupFormSchema } from "@/lib/schemas/group-form";
import { facilitatorReader } from "@/server/access";
import { endAllSessions } from "@/server/auth/session-version";
import { announceAccessRevoked } from "@/server/events/access-revocations";
import { type LiveHarness, startLiveHarness, TEST_SECRET } from "@/server/testing/live-harness";
import { addGroupFacilitator, leaveGroup, removeGroupFacilitator } from "./group-facilitators";
import { addMember, createGroup } from "./groups";
import { joinSession } from "./live/participants";
import { ledSession, listSessions } from "./sessions";

/**
 * Access that ends when it should: a co-facilitator removed from a group, a participant removed from
 * a session, a session closed to new joiners, a facilitator who signed out. Refusals are checked on
 * the services pages and server actions use, and on the wire (the Socket.io handshake, open sockets).
 */
describe("access that ends when it should", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /** Resolves when the socket is closed by the server. */
  const closedByServer = (socket: { once(event: "disconnect", listener: (reason: string) => void): unknown }) =>
    new Promise<string>((resolve) => socket.once("disconnect", resolve));

  it("a co-facilitator removed from a group loses the session they prepared in it, and their open cockpit", async () => {
    const olga = await harness.facilitator("Olga");
    const cas = await harness.facilitator("Cas");
    const group = await createGroup(harness.db, olga.user.id, groupFormSchema.parse({ name: "Team Noord" }));
    await addGroupFacilitator(harness.db, olga.user.id, group.id, cas.user.email);
    await addMember(harness.db, olga.user.id, group.id, { name: "Dewi Vertrouwelijk", email: null });
    const prepared = await harness.session(cas.user.id, { groupId: group.id });

    // While he shares the group, Cas leads his session and sees the group's members through it.
    const cockpit = await harness.client({ cookie: cas.cookie, sessionId: prepared.id, as: "lead" });
    const projector = await harness.client({ cookie: cas.cookie, sessionId: prepared.id, as: "projector" });
    expect(cockpit.outcome).toEqual({ ok: true });
    const before = await cockpit.sync();
    expect(before.members.map((member) => member.name)).toEqual(["Dewi Vertrouwelijk"]);

    const cockpitClosed = closedByServer(cockpit.socket);
    const projectorClosed = closedByServer(projector.socket);
    expect(await removeGroupFacilitator(harness.db, olga.user.id, group.id, cas.user.id)).toBe(true);

    // His open connections close at once ...
    expect(await cockpitClosed).toBe("io server disconnect");
    expect(await projectorClosed).toBe("io server disconnect");
    // ... and cannot be opened again, as lead or projector.
    for (const as of ["lead", "projector"] as const) {
      const again = await harness.client({ cookie: cas.cookie, sessionId: prepared.id, as });
      expect(again.outcome).toEqual({ ok: false, code: "forbidden" });
    }
    // Pages and server actions: the cockpit, plan and erasure (ledSession), his dashboard, the report.
    await expect(ledSession(harness.db, cas.user.id, prepared.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listSessions(harness.db, cas.user.id)).map((session) => session.id)).not.toContain(prepared.id);
    expect(await facilitatorReader(harness.db, cas.user.id, prepared.id)).toBeNull();

    // The session stays the group's: not yet run, it passes to the owner, who can lead it.
    expect(await ledSession(harness.db, olga.user.id, prepared.id)).toMatchObject({ id: prepared.id });
    const owner = await harness.client({ cookie: olga.cookie, sessionId: prepared.id, as: "lead" });
    expect(owner.outcome).toEqual({ ok: true });
    const hers = await owner.sync();
    expect(hers.session.facilitatorName).toBe("Olga");
    expect(hers.members).toHaveLength(1);
  });

  it("a co-facilitator who leaves a group loses an ended session they led in it too", async () => {
    const olga = await harness.facilitator("Olga");
    const cas = await harness.facilitator("Cas");
    const group = await createGroup(harness.db, olga.user.id, groupFormSchema.parse({ name: "Team Zuid" }));
    await addGroupFacilitator(harness.db, olga.user.id, group.id, cas.user.email);
    const led = await harness.session(cas.user.id, { groupId: group.id });
    await harness.db.intervisionSession.update({ where: { id: led.id }, data: { status: "ended" } });
    expect(await facilitatorReader(harness.db, cas.user.id, led.id)).toEqual({ kind: "lead" });

    await leaveGroup(harness.db, cas.user.id, group.id);

    expect(await facilitatorReader(harness.db, cas.user.id, led.id)).toBeNull();
    await expect(ledSession(harness.db, cas.user.id, led.id)).rejects.toMatchObject({ code: "not_found" });
    // It stays in the group's history under his name, for those who share the group now.
    expect(await facilitatorReader(harness.db, olga.user.id, led.id)).toEqual({ kind: "group" });
  });

  it("a removed participant cannot join again from the same browser under another name", async () => {
    const lea = await harness.facilitator("Lea");
    const session = await harness.session(lea.user.id);
    const lead = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    const joined = await joinSession(harness.db, TEST_SECRET, session.id, "Storende Sander");
    expect(await lead.emit("participant:remove", { participantId: joined.participantId })).toMatchObject({ ok: true });

    await expect(
      joinSession(harness.db, TEST_SECRET, session.id, "Heel Andere Naam", null, joined.cookieValue),
    ).rejects.toMatchObject({ code: "rejoin_removed" });
    expect(await harness.db.participant.count({ where: { sessionId: session.id } })).toBe(1);
    // Someone else's browser (no credential, or one of their own) still joins.
    await expect(joinSession(harness.db, TEST_SECRET, session.id, "Anna")).resolves.toMatchObject({});
  });

  it("the lead closes a session to new joiners: joining is refused, those in it stay, and it opens again", async () => {
    const lea = await harness.facilitator("Lea");
    const session = await harness.session(lea.user.id);
    const anna = await harness.participant(session.id, "Anna");
    const lead = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    const projector = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "projector" });

    await projector.sync();
    expect(await lead.emit("session:lock", { locked: true })).toMatchObject({ ok: true });
    await projector.viewWhere((view) => view.session.joinLocked);
    await expect(joinSession(harness.db, TEST_SECRET, session.id, "Laatkomer")).rejects.toMatchObject({
      code: "join_locked",
    });
    // Anna, already in, reconnects as before.
    const annaClient = await harness.client({ cookie: anna.cookie, sessionId: session.id });
    expect(annaClient.outcome).toEqual({ ok: true });
    // Only the lead may close it; a participant is refused and nothing changes.
    expect(await annaClient.emit("session:lock", { locked: false })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await lead.emit("session:lock", { locked: "yes" })).toMatchObject({ ok: false, code: "bad_request" });

    expect(await lead.emit("session:lock", { locked: false })).toMatchObject({ ok: true });
    await projector.viewWhere((view) => !view.session.joinLocked);
    await expect(joinSession(harness.db, TEST_SECRET, session.id, "Laatkomer")).resolves.toMatchObject({});
  });

  it("after sign-out a copied session token opens no socket, and open ones close", async () => {
    const lea = await harness.facilitator("Lea");
    const session = await harness.session(lea.user.id);
    const cockpit = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    expect(cockpit.outcome).toEqual({ ok: true });
    const closed = closedByServer(cockpit.socket);

    // What next-auth's signOut event does (server/auth/next-auth.ts), for the token Lea signed out with.
    expect(await endAllSessions(harness.db, lea.user.id, 0)).toBe(true);
    announceAccessRevoked({ kind: "signed_out", userId: lea.user.id });

    expect(await closed).toBe("io server disconnect");
    const stolen = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    expect(stolen.outcome).toEqual({ ok: false, code: "unauthenticated" });
    // A void token cannot sign her out of her newer sessions.
    expect(await endAllSessions(harness.db, lea.user.id, 0)).toBe(false);
    // Signed in again (a token with the new version): in.
    const fresh = await encode({
      token: { sub: lea.user.id, email: lea.user.email, name: "Lea", sv: 1 },
      secret: TEST_SECRET,
      salt: "authjs.session-token",
    });
    const again = await harness.client({ cookie: `authjs.session-token=${fresh}`, sessionId: session.id, as: "lead" });
    expect(again.outcome).toEqual({ ok: true });
  });
});
