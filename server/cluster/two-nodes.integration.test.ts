import { afterEach, describe, expect, it } from "vitest";
import { type FaultRig, startFaultRig } from "@/server/testing/fault-rig";
import { type TestLiveClient, until } from "@/server/testing/live-clients";
import { startTcpProxy } from "@/server/testing/tcp-proxy";

/**
 * Two Kring nodes on one PostgreSQL database and one Redis, behind a balancer that hands out
 * connections in turn, so that the people of one session sit on both. Clients are the browser's
 * own modules (LiveClient + Outbox). Runs where both servers are (CI's PostgreSQL run).
 */
/** Clients never ask on their own what they missed: whatever they show, the nodes pushed. */
const NO_CHECKS = 60 * 60_000;

describe.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)("two nodes on one database and Redis", () => {
  let rig: FaultRig | null = null;
  afterEach(async () => {
    await rig?.close();
    rig = null;
  });

  async function twoNodes() {
    rig = await startFaultRig({}, { nodes: 2, checkEveryMs: NO_CHECKS });
    await rig.start([], 0);
    await rig.start([], 1);
    return rig;
  }

  const connected = (everyone: readonly TestLiveClient[]) =>
    everyone.every((client) => client.live.state.connection === "connected");

  /** Every screen lists every participant as present. */
  const allPresent = (everyone: readonly TestLiveClient[]) =>
    everyone.every((client) => {
      const view = client.live.state.view;
      return view !== null && view.participants.length > 0 && view.participants.every((person) => person.online);
    });

  /** Each participant types `perPerson` posts into their outbox; answers the texts. */
  function type(participants: readonly TestLiveClient[], roundId: string, perPerson: number, tag: string) {
    const typed: string[] = [];
    participants.forEach((client, index) => {
      for (let n = 0; n < perPerson; n++) {
        const text = `${tag} ${index}-${n}`;
        typed.push(text);
        client.outbox.add({ roundId, kind: "idea", text });
      }
    });
    return typed;
  }

  async function expectStoredOnce(sessionId: string, typed: readonly string[], everyone: readonly TestLiveClient[]) {
    const { reactions } = (await rig?.stored(sessionId)) ?? { reactions: [] };
    expect(reactions.map((reaction) => reaction.text).sort()).toEqual([...typed].sort());
    expect(new Set(reactions.map((reaction) => reaction.clientId)).size).toBe(reactions.length);
    for (const client of everyone) expect(client.returned).toEqual([]);
  }

  it("runs a round with people on both nodes: every screen shows the same reactions, votes and timer", async () => {
    const nodes = await twoNodes();
    const room = await nodes.room(8);
    await until(() => connected(room.everyone), "everyone connected", 60_000);
    // The balancer put people on both nodes, and each screen sees everyone present, wherever they are.
    expect(nodes.taken().every((count) => count > 0)).toBe(true);
    await until(() => allPresent(room.everyone), "everyone present on every screen", 30_000);

    const typed = type(room.participants, room.roundId, 2, "idee");
    await nodes.settled(room.id, room.everyone);
    await expectStoredOnce(room.id, typed, room.everyone);

    expect(await room.lead.live.emit("timer:command", { type: "start" })).toMatchObject({ ok: true });
    expect(await room.lead.live.emit("round:reveal", {})).toMatchObject({ ok: true });
    await until(
      () => room.everyone.every((client) => client.live.state.view?.round?.revealed === true),
      "the reveal on every screen",
    );
    // Each participant gives a vote to the first reaction of the next one.
    const revealed = room.lead.live.state.view?.reactions ?? [];
    for (const [index, client] of room.participants.entries()) {
      const target = revealed.find((reaction) => reaction.text === `idee ${(index + 1) % 8}-0`);
      const answer = await client.live.emit("vote:cast", {
        clientId: crypto.randomUUID(),
        reactionId: target?.id ?? "",
      });
      expect(answer).toMatchObject({ ok: true });
    }
    expect(await room.lead.live.emit("round:voting", { closed: true })).toMatchObject({ ok: true });
    await nodes.settled(room.id, room.everyone);

    // The same reactions in the same order, with the same votes, and one timer, on every screen.
    const shown = (client: TestLiveClient) =>
      (client.live.state.view?.reactions ?? []).map((reaction) => `${reaction.id} ${reaction.text} ${reaction.votes}`);
    const expected = shown(room.lead);
    expect(expected).toHaveLength(16);
    expect(expected.filter((line) => line.endsWith(" 1"))).toHaveLength(8);
    for (const client of room.participants) expect(shown(client)).toEqual(expected);
    const timers = room.everyone.map((client) => client.live.state.view?.session.timer);
    expect(timers[0]?.status).toBe("running");
    for (const timer of timers) expect(timer).toEqual(timers[0]);
  }, 240_000);

  it("a node killed (-9): its people reconnect to the other, nothing acked is lost, presence settles", async () => {
    const nodes = await twoNodes();
    const room = await nodes.room(10);
    await until(() => connected(room.everyone), "everyone connected", 60_000);
    const first = type(room.participants, room.roundId, 2, "voor");
    await nodes.settled(room.id, room.everyone);

    await nodes.stop("SIGKILL", 0);
    const during = type(room.participants, room.roundId, 2, "tijdens");
    await nodes.settled(room.id, room.everyone, 90_000);
    await expectStoredOnce(room.id, [...first, ...during], room.everyone);
    // The killed node's presence is swept: everyone, now on the other node, shows as present.
    await until(() => allPresent(room.everyone), "everyone present again on every screen", 30_000);
  }, 240_000);

  it("Redis cut off for a while: no node stops, each keeps its own screens going, all converge", async () => {
    const redis = new URL(process.env.REDIS_URL ?? "");
    const proxy = await startTcpProxy(redis.hostname, Number(redis.port || 6379));
    try {
      rig = await startFaultRig(
        { REDIS_URL: `redis://127.0.0.1:${proxy.port}` },
        { nodes: 2, checkEveryMs: NO_CHECKS },
      );
      await rig.start([], 0);
      await rig.start([], 1);
      const room = await rig.room(8);
      await until(() => connected(room.everyone), "everyone connected", 60_000);
      const before = type(room.participants, room.roundId, 1, "voor");
      await rig.settled(room.id, room.everyone);

      proxy.cut();
      const during = type(room.participants, room.roundId, 2, "tijdens");
      // Every post is stored and acked while Redis is away: the database is all a post needs.
      await until(
        () => room.participants.every((client) => client.outbox.waiting.length === 0),
        "every outbox empty while Redis is away",
        60_000,
      );
      proxy.restore();
      await rig.settled(room.id, room.everyone, 90_000);
      await expectStoredOnce(room.id, [...before, ...during], room.everyone);
      expect(rig.alive()).toEqual([true, true]);
    } finally {
      await proxy.close();
    }
  }, 240_000);
});
