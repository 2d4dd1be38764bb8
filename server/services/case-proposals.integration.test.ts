import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import { proposerKeyHash, tryProposalRequest } from "@/server/auth/proposer-key";
import { announceSessionChanges } from "@/server/events/session-changes";
import { type LiveHarness, startLiveHarness, TEST_SECRET } from "@/server/testing/live-harness";
import {
  bringInProposal,
  changeProposal,
  groupProposalList,
  proposalsOfKey,
  suggestForProposals,
  withdrawProposal,
} from "./case-proposals";
import { deleteExpiredSessions, deleteSession, eraseParticipant } from "./erasure";
import { addMember, createGroup, updateGroup } from "./groups";
import { suggestForCase } from "./lesson-suggestions";
import { chooseMember } from "./live/member-choice";
import { joinSession } from "./live/participants";

const DAY_MS = 24 * 60 * 60 * 1000;
const KEY_A = proposerKeyHash("a".repeat(43));
const KEY_B = proposerKeyHash("b".repeat(43));

const pitch = {
  title: "Niemand in mijn team pakt het op",
  description: "Ik wil bewoners eerder betrekken bij de renovatie, maar mijn collega's zien het als extra werk.",
  question: "Hoe krijg ik collega's mee?",
};

/** The code of a refusal, or "stored". */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "stored";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("cases brought in before a session", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /** Starts the session and goes to its pitches (the incident method looks back first). */
  async function toPitches(leader: Awaited<ReturnType<LiveHarness["client"]>>, sessionId: string) {
    const phase = await harness.db.sessionPhase.findFirstOrThrow({ where: { sessionId, kind: "pitch" } });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    expect(await leader.emit("phase:jump", { index: phase.position })).toMatchObject({ ok: true });
    return phase.position;
  }

  async function groupWithMembers(ownerId: string, names: string[], retentionDays: number | null = null) {
    const group = await createGroup(harness.db, ownerId, { name: "Buurtwerkers", description: "", retentionDays });
    const members = [];
    for (const name of names) members.push(await addMember(harness.db, ownerId, group.id, { name, email: null }));
    return { group, members };
  }

  it("brings a case in, lets its key edit and withdraw it, and refuses anyone else", async () => {
    const lea = await harness.facilitator();
    const session = await harness.session(lea.user.id, { method: "incidentmethode" });
    const { value } = await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne", ...pitch });
    const stored = await harness.db.caseProposal.findUniqueOrThrow({ where: { id: value.id } });
    expect(stored).toMatchObject({ proposerName: "Sanne", groupId: null, groupMemberId: null, status: "open" });
    // Only a hash of the key is kept.
    expect(stored.keyHash).toBe(KEY_A);
    expect(stored.keyHash).not.toContain("aaaa");

    const edit = { ...pitch, title: "Collega's haken af" };
    expect(await outcome(() => changeProposal(harness.db, session.id, null, value.id, edit))).toBe("not_your_proposal");
    expect(await outcome(() => changeProposal(harness.db, session.id, KEY_B, value.id, edit))).toBe(
      "not_your_proposal",
    );
    expect(await outcome(() => withdrawProposal(harness.db, session.id, KEY_B, value.id))).toBe("not_your_proposal");
    expect((await harness.db.caseProposal.findUniqueOrThrow({ where: { id: value.id } })).title).toBe(pitch.title);
    // Another session's id with this proposal: not found there.
    const other = await harness.session(lea.user.id);
    expect(await outcome(() => changeProposal(harness.db, other.id, KEY_A, value.id, edit))).toBe("not_found");

    expect(await outcome(() => changeProposal(harness.db, session.id, KEY_A, value.id, edit))).toBe("stored");
    expect((await proposalsOfKey(harness.db, session.id, KEY_A)).map((each) => each.title)).toEqual([
      "Collega's haken af",
    ]);
    expect(await proposalsOfKey(harness.db, session.id, KEY_B)).toEqual([]);

    await withdrawProposal(harness.db, session.id, KEY_A, value.id);
    expect(await harness.db.caseProposal.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({
      status: "withdrawn",
      title: "",
      description: "",
      question: "",
    });
  });

  it("in a group's session, takes only a member's name and names them as the group does", async () => {
    const lea = await harness.facilitator();
    const { group, members } = await groupWithMembers(lea.user.id, ["Ömer Yılmaz", "Sanne de Vries"]);
    const session = await harness.session(lea.user.id, { groupId: group.id, method: "incidentmethode" });
    expect(await outcome(() => bringInProposal(harness.db, session.id, KEY_A, { name: "Piet", ...pitch }))).toBe(
      "proposer_unknown",
    );
    expect(await harness.db.caseProposal.count({ where: { sessionId: session.id } })).toBe(0);
    const { value } = await bringInProposal(harness.db, session.id, KEY_A, { name: "  sanne DE vries ", ...pitch });
    expect(await harness.db.caseProposal.findUniqueOrThrow({ where: { id: value.id } })).toMatchObject({
      groupId: group.id,
      groupMemberId: members[1]?.id,
      proposerName: "Sanne de Vries",
    });
  });

  it("allows 3 per person (by key, and by member) and 40 per session; refused ones store nothing", async () => {
    const lea = await harness.facilitator();
    const { group } = await groupWithMembers(lea.user.id, ["Sanne de Vries"]);
    const session = await harness.session(lea.user.id, { groupId: group.id });
    const ids = [];
    for (let i = 0; i < PROPOSAL_LIMITS.perPerson; i++) {
      ids.push((await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne de Vries", ...pitch })).value.id);
    }
    expect(
      await outcome(() => bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne de Vries", ...pitch })),
    ).toBe("proposal_quota");
    // Another browser, the same member: still the same person.
    expect(
      await outcome(() => bringInProposal(harness.db, session.id, KEY_B, { name: "Sanne de Vries", ...pitch })),
    ).toBe("proposal_quota");
    expect(await harness.db.caseProposal.count({ where: { sessionId: session.id } })).toBe(3);
    // Withdrawing one makes room for another.
    await withdrawProposal(harness.db, session.id, KEY_A, ids[0] ?? "");
    expect(
      await outcome(() => bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne de Vries", ...pitch })),
    ).toBe("stored");

    const open = await harness.session(lea.user.id);
    await harness.db.caseProposal.createMany({
      data: Array.from({ length: PROPOSAL_LIMITS.perSession }, (_, i) => ({
        sessionId: open.id,
        proposerName: `Iemand ${i}`,
        title: `Casus ${i}`,
        question: "?",
        keyHash: proposerKeyHash(`${i}`.padStart(43, "x")),
      })),
    });
    expect(await outcome(() => bringInProposal(harness.db, open.id, KEY_A, { name: "Sanne", ...pitch }))).toBe(
      "proposals_full",
    );
    expect(await harness.db.caseProposal.count({ where: { sessionId: open.id } })).toBe(PROPOSAL_LIMITS.perSession);
  });

  it("counts 60 requests per address in ten minutes", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
    for (let i = 0; i < PROPOSAL_LIMITS.perAddress.points; i++) {
      expect((await tryProposalRequest(address)).ok).toBe(true);
    }
    const refused = await tryProposalRequest(address);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await tryProposalRequest(`${address}-other`)).ok).toBe(true);
  });

  it("is read-only once the session starts", async () => {
    const lea = await harness.facilitator();
    const session = await harness.session(lea.user.id, { method: "incidentmethode" });
    const { value } = await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne", ...pitch });
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const edit = { ...pitch, title: "Te laat" };
    expect(await outcome(() => changeProposal(harness.db, session.id, KEY_A, value.id, edit))).toBe("proposals_closed");
    expect(await outcome(() => withdrawProposal(harness.db, session.id, KEY_A, value.id))).toBe("proposals_closed");
    expect(await outcome(() => bringInProposal(harness.db, session.id, KEY_B, { name: "Bram", ...pitch }))).toBe(
      "proposals_closed",
    );
    expect((await harness.db.caseProposal.findUniqueOrThrow({ where: { id: value.id } })).title).toBe(pitch.title);
  });

  it("becomes a pitched case for its author who is here; the rest is carried over to the next session", async () => {
    const lea = await harness.facilitator();
    const { group, members } = await groupWithMembers(lea.user.id, ["Sanne de Vries", "Joost Jansen", "Ömer Yılmaz"]);
    const [, joost, omer] = members;
    const session = await harness.session(lea.user.id, { groupId: group.id, method: "incidentmethode" });
    const fromSanne = (await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne de Vries", ...pitch }))
      .value;
    const fromJoost = (
      await bringInProposal(harness.db, session.id, KEY_B, {
        name: "Joost",
        title: "Bewonersavond loopt leeg",
        description: "",
        question: "Hoe krijg ik meer bewoners naar de avond?",
      })
    ).value;
    const fromOmer = (
      await bringInProposal(harness.db, session.id, proposerKeyHash("c".repeat(43)), {
        name: "Ömer Yılmaz",
        title: "Huurdersvereniging voelt zich gepasseerd",
        description: "",
        question: "Hoe herstel ik het vertrouwen?",
      })
    ).value;
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    await leader.viewWhere((view) => view.proposals?.length === 3);

    // Sanne joins from the browser she brought her case in with (the key), as a guest; Joost joins
    // from another device and says which member he is later. Ömer does not come.
    const joined = await joinSession(harness.db, TEST_SECRET, session.id, "Sanne", null, undefined, KEY_A);
    const joost1 = await joinSession(harness.db, TEST_SECRET, session.id, "Joost");
    announceSessionChanges([session.id]);
    expect(await harness.db.case.count({ where: { sessionId: session.id } })).toBe(0);

    const pitchIndex = await toPitches(leader, session.id);
    const pitched = await leader.viewWhere((view) => view.cases.length === 1);
    expect(pitched.cases[0]).toMatchObject({
      title: pitch.title,
      description: pitch.description,
      ownerId: joined.participantId,
      status: "pitched",
    });
    expect((await harness.db.case.findFirstOrThrow({ where: { sessionId: session.id } })).description).toBe(
      pitch.description,
    );
    // The lead sees who is awaited.
    expect(pitched.proposals?.filter((each) => each.caseId === null).map((each) => each.proposerName)).toEqual([
      "Joost Jansen",
      "Ömer Yılmaz",
    ]);
    // Joost says he is the member: his case is pitched for him at once.
    await chooseMember(harness.db, session.id, joost1.participantId, joost?.id ?? "");
    announceSessionChanges([session.id]);
    const both = await leader.viewWhere((view) => view.cases.length === 2);
    expect(both.cases.find((each) => each.title === "Bewonersavond loopt leeg")?.ownerId).toBe(joost1.participantId);
    // Starting the phase again (back and forth) pitches nothing twice.
    await leader.emit("phase:next", {});
    await leader.viewWhere((view) => view.session.currentPhaseIndex === pitchIndex + 1);
    expect(await harness.db.case.count({ where: { sessionId: session.id } })).toBe(2);

    const chosen = both.cases.find((each) => each.title === pitch.title)?.id ?? "";
    expect(await leader.emit("case:choose", { caseId: chosen })).toMatchObject({ ok: true });
    expect(await leader.emit("session:end", {})).toMatchObject({ ok: true });
    const settled = await harness.db.caseProposal.findMany({ where: { groupId: group.id } });
    const statusOf = (id: string) => settled.find((each) => each.id === id)?.status;
    expect(statusOf(fromSanne.id)).toBe("chosen");
    expect(statusOf(fromJoost.id)).toBe("carried_over");
    expect(statusOf(fromOmer.id)).toBe("carried_over");
    expect((await groupProposalList(harness.db, group.id)).map((each) => each.title).sort()).toEqual([
      "Bewonersavond loopt leeg",
      "Huurdersvereniging voelt zich gepasseerd",
    ]);

    // The group's next session: its lobby shows what was carried over; Ömer is here this time.
    const next = await harness.session(lea.user.id, { groupId: group.id, method: "incidentmethode" });
    const nextLeader = await harness.client({ cookie: lea.cookie, sessionId: next.id, as: "lead" });
    const lobby = await nextLeader.viewWhere((view) => view.proposals?.length === 2);
    expect(lobby.proposals?.every((each) => each.fromEarlier)).toBe(true);
    const omerHere = await joinSession(harness.db, TEST_SECRET, next.id, "Ömer", omer?.id ?? null);
    await toPitches(nextLeader, next.id);
    const view = await nextLeader.viewWhere((current) => current.cases.length === 1);
    expect(view.cases[0]).toMatchObject({
      title: "Huurdersvereniging voelt zich gepasseerd",
      ownerId: omerHere.participantId,
    });
    // It moved to the session that took it up; Joost's stays on the list.
    expect(await harness.db.caseProposal.findUniqueOrThrow({ where: { id: fromOmer.id } })).toMatchObject({
      sessionId: next.id,
      status: "open",
    });
    expect((await harness.db.caseProposal.findUniqueOrThrow({ where: { id: fromJoost.id } })).status).toBe(
      "carried_over",
    );
  });

  it("is the pitch of who brought it in after joining from the same browser", async () => {
    const lea = await harness.facilitator();
    const session = await harness.session(lea.user.id, { method: "incidentmethode" });
    const bram = await joinSession(harness.db, TEST_SECRET, session.id, "Bram");
    await bringInProposal(harness.db, session.id, KEY_B, { name: "Bram", ...pitch }, bram.participantId);
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    await toPitches(leader, session.id);
    const view = await leader.viewWhere((current) => current.cases.length === 1);
    expect(view.cases[0]).toMatchObject({ title: pitch.title, ownerId: bram.participantId });
  });

  it("suggests lessons for each case brought in, from title, description and question", async () => {
    const lea = await harness.facilitator();
    const session = await harness.session(lea.user.id, { method: "incidentmethode" });
    const { value } = await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne", ...pitch });
    const suggestions = await suggestForProposals(harness.db, session.id, [value.id, "not-a-proposal"]);
    expect(Object.keys(suggestions)).toEqual([value.id]);
    expect(suggestions[value.id]).toHaveLength(3);
    expect(suggestions[value.id]?.[0]?.text.nl).toBeTruthy();
    // A proposal of another session is not this lead's to ask about.
    const other = await harness.session(lea.user.id);
    expect(await suggestForProposals(harness.db, other.id, [value.id])).toEqual({});

    // A case's description counts for its suggestions too.
    const participant = await harness.participant(session.id, "Sanne");
    const bare = await harness.db.case.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: session.id,
        ownerId: participant.id,
        title: "Lastig",
        question: "Wat nu?",
      },
    });
    const withWords = await harness.db.case.create({
      data: {
        clientId: crypto.randomUUID(),
        sessionId: session.id,
        ownerId: participant.id,
        title: "Lastig",
        question: "Wat nu?",
        description: pitch.description,
      },
    });
    const words = (list: Awaited<ReturnType<typeof suggestForCase>>) => list.flatMap((each) => each.words);
    expect(words(await suggestForCase(harness.db, session.id, withWords.id)).length).toBeGreaterThan(
      words(await suggestForCase(harness.db, session.id, bare.id)).length,
    );
  });

  it("goes with every erasure: the participant, the session, the member and the retention sweep", async () => {
    const lea = await harness.facilitator();
    const { group, members } = await groupWithMembers(lea.user.id, ["Sanne de Vries", "Joost Jansen"]);
    const session = await harness.session(lea.user.id, { groupId: group.id, method: "incidentmethode" });
    const fromSanne = (await bringInProposal(harness.db, session.id, KEY_A, { name: "Sanne de Vries", ...pitch }))
      .value;
    const fromJoost = (await bringInProposal(harness.db, session.id, KEY_B, { name: "Joost Jansen", ...pitch })).value;
    const sanne = await joinSession(harness.db, TEST_SECRET, session.id, "Sanne", null, undefined, KEY_A);
    const leader = await harness.client({ cookie: lea.cookie, sessionId: session.id, as: "lead" });
    await toPitches(leader, session.id);
    await leader.emit("session:end", {});
    // Both were carried over (nothing was chosen); erasing Sanne from the session takes hers along.
    expect(await harness.db.caseProposal.count({ where: { groupId: group.id, status: "carried_over" } })).toBe(2);
    await eraseParticipant(harness.db, lea.user.id, session.id, sanne.participantId);
    expect(await harness.db.caseProposal.findUnique({ where: { id: fromSanne.id } })).toBeNull();
    // A member deleted from the group (the database's cascade) takes theirs.
    await harness.db.groupMember.delete({ where: { id: members[1]?.id ?? "" } });
    expect(await harness.db.caseProposal.findUnique({ where: { id: fromJoost.id } })).toBeNull();

    // Deleting a session deletes what was brought in for it.
    const ended = await harness.session(lea.user.id);
    await bringInProposal(harness.db, ended.id, KEY_A, { name: "Sanne", ...pitch });
    await harness.db.intervisionSession.update({
      where: { id: ended.id },
      data: { status: "ended", endedAt: new Date() },
    });
    await deleteSession(harness.db, lea.user.id, ended.id);
    expect(await harness.db.caseProposal.count({ where: { sessionId: ended.id } })).toBe(0);

    // The retention sweep: a group's session past its period goes, with its carried-over cases.
    const { group: kept } = await groupWithMembers(lea.user.id, ["Sanne de Vries"]);
    await updateGroup(harness.db, lea.user.id, kept.id, { name: "Buurtwerkers", description: "", retentionDays: 30 });
    const old = await harness.session(lea.user.id, { groupId: kept.id });
    await bringInProposal(harness.db, old.id, KEY_A, { name: "Sanne de Vries", ...pitch });
    await harness.db.intervisionSession.update({
      where: { id: old.id },
      data: { status: "ended", endedAt: new Date(Date.now() - 40 * DAY_MS) },
    });
    await harness.db.caseProposal.updateMany({ where: { sessionId: old.id }, data: { status: "carried_over" } });
    expect(await deleteExpiredSessions(harness.db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await harness.db.caseProposal.count({ where: { groupId: kept.id } })).toBe(0);
  });
});
