import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, poolOf } from "./db/client";
import { createScratchDatabase, type ScratchDatabase } from "./db/testing";
import { RETENTION_LOCK, whileHolding } from "./retention";

/** Two nodes on one PostgreSQL database: only one sweeps at a time. (The embedded database has one node.) */
describe.skipIf(!process.env.DATABASE_URL)("the retention sweep on several nodes", () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  it("runs on one node while the other finds the lock held, and on either once it is free", async () => {
    const [first, second] = [createDb(scratch.url, 2), createDb(scratch.url, 2)];
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started = () => {};
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      const firstSweep = whileHolding(first, RETENTION_LOCK, async () => {
        started();
        await held;
      });
      await running;
      let secondRuns = 0;
      const secondSweep = () =>
        whileHolding(second, RETENTION_LOCK, async () => {
          secondRuns += 1;
        });
      expect(await secondSweep()).toBe(false);
      expect(secondRuns).toBe(0);
      release();
      expect(await firstSweep).toBe(true);
      expect(await secondSweep()).toBe(true);
      expect(secondRuns).toBe(1);
    } finally {
      // Only pg's pools were used (Prisma never connected): end them, as $disconnect would.
      await Promise.all([poolOf(first).pool.end(), poolOf(second).pool.end()]);
    }
  });
});
