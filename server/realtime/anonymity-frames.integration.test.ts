import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupFormSchema, memberFormSchema } from "@/lib/schemas/group-form";
import { addMember, createGroup } from "@/server/services/groups";
import { payloadOf } from "@/server/testing/frames";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

/**
 * Anonymity on the wire: every raw frame that reaches someone other than the author (another
 * participant, the facilitator, the projector) through a whole anonymous round, with edits, a
 * withdrawal, catching up on missed posts, votes, the reveal, an action point made from the reaction,
 * a reload and a reconnect.
 * The participant list and the group's members legitimately name everyone; nothing else may.
 */

type Client = Awaited<ReturnType<LiveHarness["client"]>>;

/** Calls `visit` on every object inside `value`. */
function walk(value: unknown, visit: (object: Record<string, unknown>) => void) {
  if (Array.isArray(value)) for (const each of value) walk(each, visit);
  else if (value && typeof value === "object") {
    visit(value as Record<string, unknown>);
    for (const each of Object.values(value)) walk(each, visit);
  }
}

/** What is left of a payload without the lists that name everyone present, in any order. */
function beyondTheLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(beyondTheLists);
  if (!value || typeof value !== "object") return value;
  const kept: Record<string, unknown> = {};
  for (const [key, each] of Object.entries(value)) {
    // The participant list, its marks, who is connected (session:presence), the group's members;
    // action points are made in the open under their owner's name (checked below for a link to an
    // anonymous reaction).
    if (["participants", "online", "submitters", "members", "actionPoints", "lookBack"].includes(key)) continue;
    kept[key] = beyondTheLists(each);
  }
  return kept;
}

describe("an anonymous round, frame by frame", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  it("sends nothing to anyone but the author that ties a reaction to them", { timeout: 60_000 }, async () => {
    const lead = await harness.facilitator();
    const group = await createGroup(harness.db, lead.user.id, groupFormSchema.parse({ name: "Team Wonen" }));
    const annaMember = await addMember(
      harness.db,
      lead.user.id,
      group.id,
      memberFormSchema.parse({ name: "Anna Jansen", email: "" }),
    );
    const bramMember = await addMember(
      harness.db,
      lead.user.id,
      group.id,
      memberFormSchema.parse({ name: "Bram de Vries", email: "" }),
    );
    const session = await harness.session(lead.user.id, { anonymous: true, groupId: group.id });
    const annaPerson = await harness.participant(session.id, "Anna Jansen", annaMember.id);
    const bramPerson = await harness.participant(session.id, "Bram de Vries", bramMember.id);
    const connectAs = {
      anna: () => harness.client({ cookie: annaPerson.cookie, sessionId: session.id }),
      bram: () => harness.client({ cookie: bramPerson.cookie, sessionId: session.id }),
      leader: () => harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" }),
      projector: () => harness.client({ cookie: lead.cookie, sessionId: session.id, as: "projector" }),
    };
    const anna = await connectAs.anna();
    const bram = await connectAs.bram();
    const leader = await connectAs.leader();
    const others: Record<"bram" | "leader" | "projector", Client[]> = {
      bram: [bram],
      leader: [leader],
      projector: [await connectAs.projector()],
    };
    const authorFrames: string[][] = [anna.frames];
    const annaClientIds: string[] = [];
    const post = async (who: Client, roundId: string | undefined, kind: string, text: string) => {
      const clientId = crypto.randomUUID();
      if (who === anna) annaClientIds.push(clientId);
      const result = await who.emit("reaction:add", { clientId, roundId, kind, text });
      expect(result).toMatchObject({ ok: true });
      return (result as { data: { reactionId: string } }).data.reactionId;
    };

    // Check-in: an anonymous phase whose rules do not say "hidden until the reveal".
    expect(await leader.emit("phase:start", {})).toMatchObject({ ok: true });
    const checkin = await anna.viewWhere((view) => view.round !== null);
    expect(checkin.phases[0]?.rules).toMatchObject({ anonymous: true, hiddenUntilReveal: false });
    await post(anna, checkin.round?.id, "checkin", "Goed, wel moe.");
    await post(bram, checkin.round?.id, "checkin", "Druk maar goed.");
    // The texts stay with their authors until the reveal; the list may mark who has written.
    const beforeReveal = await leader.viewWhere((view) => view.submittedCount === 2);
    expect(beforeReveal.reactions).toEqual([]);
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    const checkinShown = await bram.viewWhere((view) => view.reactions.length === 2);
    expect(checkinShown.participants.every((participant) => !participant.submitted)).toBe(true);
    expect(checkinShown.submittedCount).toBe(2);

    // The lesson round: hidden until the reveal. Edits, a withdrawal, a second author.
    expect(await leader.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const dealt = await anna.viewWhere((view) => Boolean(view.round?.lesson));
    const roundId = dealt.round?.id;
    const kept = await post(anna, roundId, "idea", "Een vast gezicht helpt bij de intake.");
    expect(await anna.emit("reaction:edit", { reactionId: kept, text: "Een vast gezicht helpt echt." })).toMatchObject({
      ok: true,
    });
    const dropped = await post(anna, roundId, "question", "Wie belt de huurder terug?");
    expect(await anna.emit("reaction:withdraw", { reactionId: dropped })).toMatchObject({ ok: true });
    await post(bram, roundId, "experience", "Bij ons werkte een vaste dag.");
    await post(anna, roundId, "experience", "Korte lijnen met de wijkagent.");
    const pending = await leader.viewWhere((view) => view.pendingCount === 3);
    // Someone who missed the last two posts catches up on them: the patches as this viewer got them,
    // or the whole view when the server no longer holds them (a post that took the transactional path).
    for (const client of [bram, leader, ...others.projector]) {
      expect(await client.emit("session:catchup", { since: pending.version - 2 })).toMatchObject({ ok: true });
    }
    expect(await leader.emit("round:reveal", {})).toMatchObject({ ok: true });
    const revealed = await bram.viewWhere((view) => view.reactions.length === 3);
    const ids = revealed.reactions.map((reaction) => reaction.id);
    expect(ids).toEqual([...ids].sort());
    for (const voter of [bram, anna]) {
      const vote = crypto.randomUUID();
      if (voter === anna) annaClientIds.push(vote);
      expect(await voter.emit("vote:cast", { clientId: vote, reactionId: kept })).toMatchObject({ ok: true });
    }
    expect(await leader.emit("round:voting", { closed: true })).toMatchObject({ ok: true });
    await leader.viewWhere((view) => view.reactions.some((reaction) => reaction.votes === 2));

    // Anna makes an action point of her own advice, for herself, in the action-points phase.
    await leader.emit("phase:next", {});
    await leader.emit("phase:next", {});
    await anna.viewWhere((view) => view.phases[view.session.currentPhaseIndex ?? -1]?.kind === "action_points");
    const actionClientId = crypto.randomUUID();
    annaClientIds.push(actionClientId);
    expect(
      await anna.emit("action:add", {
        clientId: actionClientId,
        text: "Vast gezicht regelen bij de intake",
        owner: { kind: "participant", id: annaPerson.id },
        dueDate: null,
        sourceReactionId: kept,
      }),
    ).toMatchObject({ ok: true });
    await bram.viewWhere((view) => view.actionPoints.length === 1);

    // A reload (a new connection for everyone) and a reconnect of the same socket.
    const annaAgain = await connectAs.anna();
    authorFrames.push(annaAgain.frames);
    for (const [who, again] of [
      ["bram", connectAs.bram],
      ["leader", connectAs.leader],
      ["projector", connectAs.projector],
    ] as const) {
      const client = await again();
      others[who].push(client);
      await client.sync();
    }
    await annaAgain.sync();
    bram.socket.disconnect();
    await new Promise<void>((resolve) => {
      bram.socket.once("connect", resolve);
      bram.socket.connect();
    });
    await bram.sync();
    await leader.sync();

    // What identifies Anna: her ids and name, and every id only her own frames carry.
    const forbidden = new Set([annaPerson.id, annaMember.id, "Anna Jansen", ...annaClientIds]);
    for (const frame of authorFrames.flat()) {
      walk(payloadOf(frame), (object) => {
        if (object.mine === true && typeof object.clientId === "string") forbidden.add(object.clientId);
        if (typeof object.participantId === "string" && "displayName" in object) forbidden.add(object.participantId);
      });
    }
    expect(forbidden.has(annaPerson.id)).toBe(true);
    const anonymousIds = new Set<string>();
    let checked = 0;
    for (const [who, clients] of Object.entries(others)) {
      for (const frame of clients.flatMap((client) => client.frames)) {
        checked += 1;
        const payload = payloadOf(frame);
        const rest = JSON.stringify(beyondTheLists(payload));
        for (const secret of forbidden) {
          expect(rest.includes(secret), `${who} received ${secret.slice(0, 12)}… in ${frame.slice(0, 300)}`).toBe(
            false,
          );
        }
        walk(payload, (object) => {
          if (object.anonymous === true && typeof object.id === "string") anonymousIds.add(object.id);
          // Readable anonymous texts: no one on the list is marked, and a patch carries no marks.
          const reactions = Array.isArray(object.reactions) ? (object.reactions as Record<string, unknown>[]) : [];
          const reaction = object.reaction as Record<string, unknown> | null | undefined;
          if (reactions.some((each) => each.anonymous && each.visibility !== "pending")) {
            const participants = (object.participants ?? []) as { submitted: boolean }[];
            expect(participants.some((participant) => participant.submitted)).toBe(false);
          }
          if (reaction?.anonymous && reaction.visibility !== "pending") expect(object.submitters).toBeUndefined();
        });
      }
    }
    expect(checked).toBeGreaterThan(40);
    // No action point links to an anonymous reaction (its owner beside it could be the author).
    for (const frame of Object.values(others).flatMap((clients) => clients.flatMap((client) => client.frames))) {
      walk(payloadOf(frame), (object) => {
        if ("sourceReactionId" in object) expect(anonymousIds.has(String(object.sourceReactionId))).toBe(false);
      });
    }
    expect(anonymousIds.has(kept)).toBe(true);
    // The author still recognises her own, on her own connection.
    const own = await annaAgain.sync();
    expect(own.reactions.filter((reaction) => reaction.mine)).toHaveLength(2);
  });
});
