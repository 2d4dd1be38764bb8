import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAPS } from "@/lib/domain/caps";
import type { Result } from "@/lib/errors";
import { ABUSE_LIMIT, LIVE_RATE_LIMITS } from "@/lib/realtime/live-limits";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import { addReaction } from "@/server/services/live/reaction-commands";
import { createReactionWriter } from "@/server/services/live/reaction-writer";
import { createRecordCache } from "@/server/services/live/record-cache";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";

type Client = Awaited<ReturnType<LiveHarness["client"]>>;

/** What a flood got back: every ack that arrived, and whether the server closed the connection. */
interface Flooded {
  answers: Result<unknown>[];
  disconnected: boolean;
}

/**
 * Sends `count` events from one socket at once, without waiting for answers, and resolves with the
 * answers that came once the server has closed the connection (or all were answered and it stayed
 * open for a few seconds more).
 */
function flood(client: Client, count: number, make: (index: number) => [string, unknown]): Promise<Flooded> {
  return new Promise((resolve) => {
    const answers: Result<unknown>[] = [];
    const emit = client.socket.emit as unknown as (
      event: string,
      payload: unknown,
      ack: (r: Result<unknown>) => void,
    ) => void;
    const grace = setTimeout(() => resolve({ answers, disconnected: false }), 60_000);
    client.socket.once("disconnect", (reason) => {
      clearTimeout(grace);
      resolve({ answers, disconnected: reason === "io server disconnect" });
    });
    for (let index = 0; index < count; index++) {
      const [event, payload] = make(index);
      emit.call(client.socket, event, payload, (result) => {
        answers.push(result);
        if (answers.length === count) setTimeout(() => resolve({ answers, disconnected: false }), 3000);
      });
    }
  });
}

const codes = (flooded: Flooded) => {
  const counts: Record<string, number> = {};
  for (const answer of flooded.answers) {
    const code = answer.ok ? "ok" : answer.code;
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
};

/** Most a bucket lets through in the few seconds a flood lasts. */
const mostAdmitted = (limit: { perSecond: number; burst: number }) => limit.perSecond * 5 + limit.burst;

describe("nobody can stall or flood a room", () => {
  let harness: LiveHarness;
  beforeAll(async () => {
    harness = await startLiveHarness();
  });
  afterAll(async () => harness?.close());

  /** A running Lessenronde on a dealt card, reactions visible at once and no quota: only the caps stop anyone. */
  async function openRoom() {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    for (const phase of await harness.db.sessionPhase.findMany({
      where: { sessionId: session.id, kind: "lesson_round" },
    })) {
      const rules = phaseRulesSchema.parse(phase.rules);
      await harness.db.sessionPhase.update({
        where: { id: phase.id },
        data: { rules: { ...rules, hiddenUntilReveal: false, quota: null } },
      });
    }
    const flo = await harness.participant(session.id, "Flo");
    const bea = await harness.participant(session.id, "Bea");
    const leader = await harness.client({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    await leader.emit("phase:start", {});
    await leader.emit("phase:next", {});
    expect(await leader.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    const bystander = await harness.client({ cookie: bea.cookie, sessionId: session.id });
    const view = await bystander.viewWhere((each) => each.round?.lesson !== null && each.round?.lesson !== undefined);
    const roundId = view.round?.id ?? "";
    return { session, flo, bea, leader, bystander, roundId };
  }

  it("refuses a flood from one socket with translated messages, disconnects it, stores nothing beyond the caps, and serves the bystander throughout", async () => {
    const { session, flo, bea, bystander, roundId } = await openRoom();
    // Each flood comes from a person of its own: an expelled person may not connect again for a while.
    const flooders: { id: string; cookie: string }[] = [flo];
    const connectFlooder = () => harness.client({ cookie: (flooders.at(-1) ?? flo).cookie, sessionId: session.id });
    const nextFlooder = async () => {
      const person = await harness.participant(session.id, `Flo ${flooders.length + 1}`);
      flooders.push(person);
      return person;
    };
    const post = (text: string) => ({ clientId: crypto.randomUUID(), roundId, kind: "experience", text });

    // The bystander's own reaction, for the flooder to vote on.
    const mine = await bystander.emit("reaction:add", post("Bij ons werkte een vast spreekuur."));
    expect(mine).toMatchObject({ ok: true });
    const reactionId = (mine as { data: { reactionId: string } }).data.reactionId;

    /**
     * The bystander's sync, asked again as the browser does when it is refused for now: the
     * bystander's own gap resyncs during a flood share its budget, and a loaded machine may answer
     * `busy`. Anything else fails the test.
     */
    async function syncAsTheBrowser() {
      for (let attempt = 1; ; attempt++) {
        const answer = await bystander.emit("session:sync", {});
        if (answer.ok || attempt === 5 || !["rate_limited", "busy"].includes(answer.code)) return answer;
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfterMs ?? 500));
      }
    }

    /** The bystander works on during a flood: every event of theirs is answered, correctly. */
    async function bystanderDuring(flooding: Promise<Flooded>) {
      const [clock, sync, posted, flooded] = await Promise.all([
        bystander.emit("clock:sync", { clientSentAt: Date.now() }),
        syncAsTheBrowser(),
        bystander.emit("reaction:add", post(`Nog een gedachte, ${crypto.randomUUID()}`)),
        flooding,
      ]);
      expect(clock, JSON.stringify(clock)).toMatchObject({ ok: true });
      expect(sync, JSON.stringify(sync).slice(0, 300)).toMatchObject({
        ok: true,
        data: { session: { id: session.id } },
      });
      expect(posted, JSON.stringify(posted)).toMatchObject({ ok: true });
      return flooded;
    }

    function expectRefusedAndDisconnected(flooded: Flooded, code: string) {
      expect(flooded.disconnected).toBe(true);
      const refusal = flooded.answers.find((answer) => !answer.ok && answer.code === code);
      expect(refusal).toBeDefined();
      expect(refusal && !refusal.ok && refusal.message.length).toBeGreaterThan(10);
      expect(codes(flooded)[code]).toBeGreaterThanOrEqual(ABUSE_LIMIT.refusals);
    }

    // 2,000 syncs: a few are served, the rest refused in Dutch, then the socket is closed.
    const syncs = await bystanderDuring(
      connectFlooder().then((flooder) => flood(flooder, 2000, () => ["session:sync", {}])),
    );
    expectRefusedAndDisconnected(syncs, "rate_limited");
    expect(codes(syncs).ok ?? 0).toBeLessThanOrEqual(mostAdmitted(LIVE_RATE_LIMITS.sync));
    expect(syncs.answers.find((answer) => !answer.ok)).toMatchObject({ message: expect.stringContaining("Te veel") });
    // Expelled: the same person cannot come straight back.
    expect((await connectFlooder()).outcome).toEqual({ ok: false, code: "rate_limited" });

    // 2,000 reactions.
    const reactor = await nextFlooder();
    const reactions = await bystanderDuring(
      connectFlooder().then((flooder) => flood(flooder, 2000, (index) => ["reaction:add", post(`flood ${index}`)])),
    );
    expectRefusedAndDisconnected(reactions, "rate_limited");
    // (Acks of accepted ones may be lost with the connection; the database says what was stored,
    // once the writer has stored them: it writes a session's reactions in order of arrival, so a
    // reaction posted after the flood is stored after them.)
    expect(await bystander.emit("reaction:add", post("Na de vloed."))).toMatchObject({ ok: true });
    const stored = await harness.db.reaction.count({ where: { sessionId: session.id, authorId: reactor.id } });
    expect(stored).toBeGreaterThanOrEqual(codes(reactions).ok ?? 0);
    expect(stored).toBeLessThanOrEqual(mostAdmitted(LIVE_RATE_LIMITS.post));
    expect(stored).toBeLessThanOrEqual(CAPS.reactionsPerPersonPerRound);

    // 2,000 votes on the bystander's reaction: at most the vote budget is stored.
    const voter = await nextFlooder();
    const votes = await bystanderDuring(
      connectFlooder().then((flooder) =>
        flood(flooder, 2000, () => ["vote:cast", { clientId: crypto.randomUUID(), reactionId }]),
      ),
    );
    expectRefusedAndDisconnected(votes, "rate_limited");
    const budget = (await harness.db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } })).voteBudget;
    expect(await harness.db.vote.count({ where: { voterId: voter.id } })).toBe(budget);

    // Malformed events: unknown names, wrong payloads, not even objects. Refused, then disconnected.
    await nextFlooder();
    const malformed = await bystanderDuring(
      connectFlooder().then((flooder) =>
        flood(flooder, 2000, (index) => {
          const kinds: [string, unknown][] = [
            ["clock:sync", { clientSentAt: "\u0000" }],
            ["clock:sync", "not an object"],
            ["phase:next", {}],
            ["clock:sync", { clientSentAt: 1, extra: true }],
          ];
          return kinds[index % kinds.length] as [string, unknown];
        }),
      ),
    );
    expect(malformed.disconnected).toBe(true);
    expect(codes(malformed).bad_request).toBeGreaterThan(0);
    expect(codes(malformed).forbidden).toBeGreaterThan(0);
    await nextFlooder();
    const unknown = await connectFlooder();
    const closed = new Promise<string>((resolve) => unknown.socket.once("disconnect", resolve));
    const emitRaw = unknown.socket.emit as unknown as (event: string, payload: unknown) => void;
    for (let index = 0; index < 2000; index++) emitRaw.call(unknown.socket, "no:such:event", {});
    expect(await closed).toBe("io server disconnect");

    // Oversize payloads: refused as too large below Socket.io's limit, dropped above it.
    await nextFlooder();
    const large = await bystanderDuring(
      connectFlooder().then((flooder) => flood(flooder, 200, () => ["reaction:add", post("é".repeat(9000))])),
    );
    expect(large.disconnected).toBe(true);
    expect(codes(large).too_large).toBeGreaterThan(0);
    expect(codes(large).ok).toBeUndefined();
    await nextFlooder();
    const huge = await connectFlooder();
    const dropped = new Promise<string>((resolve) => huge.socket.once("disconnect", resolve));
    huge.socket.emit("notes:update", { text: "x".repeat(100_000), baseVersion: 0 }, () => undefined);
    expect(await dropped).not.toBe("io client disconnect");

    // Nothing of the flood beyond what was accepted; the bystander's view is whole and correct.
    const flooderIds = flooders.map((each) => each.id);
    expect(await harness.db.reaction.count({ where: { sessionId: session.id, authorId: { in: flooderIds } } })).toBe(
      stored,
    );
    expect(await harness.db.vote.count({ where: { voterId: { in: flooderIds } } })).toBe(budget);
    const inRound = await harness.db.reaction.count({ where: { roundId } });
    const beaPosts = await harness.db.reaction.count({ where: { roundId, authorId: bea.id } });
    expect(beaPosts).toBe(1 + 5 + 1);
    const fresh = await bystander.sync();
    expect(fresh.reactions).toHaveLength(inRound);
    const live = await bystander.viewWhere((view) => view.version === fresh.version);
    expect(live.reactions.map((each) => each.id).sort()).toEqual(fresh.reactions.map((each) => each.id).sort());

    // A reconnect loop: past the connect bucket the handshake is refused, as rate_limited.
    await nextFlooder();
    const attempts: string[] = [];
    // (Until refused: on a slow machine the bucket refills a little meanwhile.)
    while (attempts.at(-1) !== "rate_limited" && attempts.length < LIVE_RATE_LIMITS.connect.burst * 3) {
      const again = await connectFlooder();
      attempts.push(again.outcome.ok ? "ok" : again.outcome.code);
      again.socket.disconnect();
    }
    expect(attempts.slice(0, LIVE_RATE_LIMITS.connect.burst)).not.toContain("rate_limited");
    expect(attempts.at(-1)).toBe("rate_limited");
  }, 120_000);

  it("holds the caps where rate limits do not reach: many posts through the fast path and the transaction", async () => {
    const { session, flo, roundId } = await openRoom();
    const post = (index: number) => ({
      clientId: crypto.randomUUID(),
      roundId,
      kind: "experience" as const,
      text: `${index}`,
    });
    // The fast path (cached record, batched statement), as a flood spread over many sockets would reach it.
    const writer = createReactionWriter(harness.db, createRecordCache(harness.db), () => {});
    const fast = await Promise.allSettled(
      Array.from({ length: CAPS.reactionsPerPersonPerRound + 20 }, (_, index) =>
        writer.post(session.id, flo.id, post(index)),
      ),
    );
    expect(fast.filter((each) => each.status === "fulfilled")).toHaveLength(CAPS.reactionsPerPersonPerRound);
    expect(fast.find((each) => each.status === "rejected")).toMatchObject({ reason: { code: "quota_reached" } });
    // The transaction, concurrently: the session lock keeps the count honest.
    const slow = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => addReaction(harness.db, session.id, flo.id, post(100 + index))),
    );
    expect(slow.every((each) => each.status === "rejected")).toBe(true);
    expect(await harness.db.reaction.count({ where: { roundId, authorId: flo.id } })).toBe(
      CAPS.reactionsPerPersonPerRound,
    );
  }, 60_000);
});
