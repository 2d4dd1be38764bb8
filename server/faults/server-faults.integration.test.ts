import { afterEach, describe, expect, it } from "vitest";
import { type FaultRig, startFaultRig } from "@/server/testing/fault-rig";
import type { TestLiveClient } from "@/server/testing/live-clients";

/**
 * The real server process, killed (-9), stopped (SIGTERM) under load, and hit by a reconnect storm,
 * on the embedded database or (with DATABASE_URL) PostgreSQL. Clients are the browser's own modules
 * (LiveClient + Outbox): they type into their outbox and let it deliver. Each test asserts what the
 * group would notice: every typed post stored exactly once, none handed back, and every screen
 * connected, its outbox empty and its view at the database's version.
 */
describe("the server under faults", () => {
  let rig: FaultRig | null = null;
  afterEach(async () => {
    await rig?.close();
    rig = null;
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Each participant types `perPerson` posts, one every `everyMs`; `during` runs when a third are typed. */
  async function typeAway(
    participants: readonly TestLiveClient[],
    roundId: string,
    perPerson: number,
    everyMs: number,
    during: () => Promise<void>,
  ) {
    const typed: string[] = [];
    const total = participants.length * perPerson;
    let fault: Promise<void> | null = null;
    await Promise.all(
      participants.map(async (client, index) => {
        for (let n = 0; n < perPerson; n++) {
          const text = `${index}-${n}`;
          typed.push(text);
          client.outbox.add({ roundId, kind: "idea", text });
          if (!fault && typed.length >= total / 3) fault = during();
          await sleep(everyMs);
        }
      }),
    );
    await fault;
    return typed;
  }

  async function expectNothingLost(sessionId: string, typed: string[], everyone: readonly TestLiveClient[]) {
    await rig?.settled(sessionId, everyone, 90_000);
    const { reactions } = (await rig?.stored(sessionId)) ?? { reactions: [] };
    expect(reactions.map((reaction) => reaction.text).sort()).toEqual([...typed].sort());
    expect(new Set(reactions.map((reaction) => reaction.clientId)).size).toBe(reactions.length);
    for (const client of everyone) expect(client.returned).toEqual([]);
  }

  it("kill -9 in the middle of a round, restarted: nothing typed lost or doubled, every screen settles", async () => {
    rig = await startFaultRig();
    await rig.start();
    const room = await rig.room(12);
    const typed = await typeAway(room.participants, room.roundId, 9, 40, async () => {
      await rig?.stop("SIGKILL");
      await sleep(300);
      await rig?.start();
    });
    await expectNothingLost(room.id, typed, room.everyone);
  }, 180_000);

  it("SIGTERM under load: stops within its bounded time, and after the restart nothing is lost", async () => {
    rig = await startFaultRig({ KRING_STOP_TIMEOUT_SECONDS: "5" });
    await rig.start();
    const room = await rig.room(12);
    let stopped: { code: number | null; ms: number } = { code: null, ms: 0 };
    const typed = await typeAway(room.participants, room.roundId, 9, 30, async () => {
      stopped = (await rig?.stop("SIGTERM")) ?? stopped;
      await rig?.start();
    });
    expect(stopped.code).not.toBeNull();
    // The bound is 5 s; a busy machine gets a margin for the process to end.
    expect(stopped.ms).toBeLessThan(8000);
    await expectNothingLost(room.id, typed, room.everyone);
  }, 180_000);

  // 100 clients on PostgreSQL; the embedded database runs every statement on one connection in the
  // server's own process, and with 100 clients resyncing at once it does not settle within this
  // test's time on a shared two-core machine (see the report of npm run bench:faults).
  const stormSize = process.env.DATABASE_URL ? 100 : 30;
  it(`a reconnect storm: ${stormSize} clients back at once after a crash, a fifth dropped at random meanwhile`, async () => {
    rig = await startFaultRig();
    await rig.start();
    const room = await rig.room(stormSize);
    const typed = await typeAway(room.participants, room.roundId, 3, 150, async () => {
      // A fifth of the clients lose their connection for a while, each at its own moment.
      const dropped = room.participants.filter((_, index) => index % 5 === 0);
      const drops = dropped.map(async (client) => {
        await sleep(Math.random() * 300);
        client.socket.disconnect();
        await sleep(200 + Math.random() * 1300);
        client.socket.connect();
      });
      await rig?.stop("SIGKILL");
      await rig?.start();
      await Promise.all(drops);
    });
    await expectNothingLost(room.id, typed, room.everyone);
  }, 240_000);
});
