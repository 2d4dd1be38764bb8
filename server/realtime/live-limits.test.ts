import { describe, expect, it } from "vitest";
import { LIVE_RATE_LIMITS } from "@/lib/realtime/live-limits";
import { newClient } from "@/server/cluster/redis";
import { redisStore } from "@/server/cluster/shared-limits";
import { createLogger } from "@/server/logger";
import { createLiveLimits } from "./live-limits";

const person = "p:participant-1";

async function admittedTimes(limits: ReturnType<typeof createLiveLimits>, tries: number, refund: boolean) {
  let admitted = 0;
  for (let i = 0; i < tries; i++) {
    const admission = await limits.admitConnection(person);
    if (!admission) continue;
    admitted += 1;
    if (refund) await admission.refund();
  }
  return admitted;
}

describe("connecting, per person", () => {
  const { burst } = LIVE_RATE_LIMITS.connect;

  it("lets a burst through and then refuses a loop of reconnects", async () => {
    const limits = createLiveLimits(createLogger("silent"));
    // The steady window's one, the burst on top of it, and then nothing for a while.
    expect(await admittedTimes(limits, burst + 30, false)).toBe(burst + 1);
  });

  it("does not count attempts the server itself turned away (database busy or away)", async () => {
    const limits = createLiveLimits(createLogger("silent"));
    // A client waiting out a long outage tries again and again; each try is given back.
    expect(await admittedTimes(limits, burst * 5, true)).toBe(burst * 5);
    // Its budget is whole when the database is back.
    expect(await admittedTimes(limits, burst + 30, false)).toBe(burst + 1);
  });

  it("a connection without a person (before choosing who one is) is not counted", async () => {
    const limits = createLiveLimits(createLogger("silent"));
    for (let i = 0; i < burst * 3; i++) expect(await limits.admitConnection(null)).not.toBeNull();
  });
});

describe.skipIf(!process.env.REDIS_URL)("connecting, per person, on two nodes (Redis)", () => {
  const { burst } = LIVE_RATE_LIMITS.connect;

  it("counts a person's reconnects to either node against one budget", async () => {
    const client = newClient(process.env.REDIS_URL ?? "");
    await client.connect();
    try {
      const shared = redisStore({ client, prefix: `kring-test:${crypto.randomUUID()}` });
      const [one, other] = [
        createLiveLimits(createLogger("silent"), shared),
        createLiveLimits(createLogger("silent"), shared),
      ];
      let admitted = 0;
      for (let i = 0; i < burst + 30; i++) if (await (i % 2 === 0 ? one : other).admitConnection(person)) admitted += 1;
      // As on one node: a loop of reconnects spread over two nodes gets no more through.
      expect(admitted).toBe(burst + 1);
    } finally {
      client.destroy();
    }
  });
});
