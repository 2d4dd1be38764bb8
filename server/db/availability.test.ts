import { describe, expect, it } from "vitest";
import { createDatabaseHealth, isDatabaseBusy, isDatabaseUnavailable } from "./availability";

describe("telling an unreachable database from a failing request", () => {
  it("recognises pg, Prisma and driver adapter connection errors", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("Invalid invocation"), {
          code: "P1001",
          meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "ECONNRESET" } }))).toBe(true);
  });

  it("does not take a bug or a constraint for an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("dup"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("tells a pool that stayed busy (overload) from a database that went away", () => {
    const queued = new Error("timeout exceeded when trying to connect");
    expect(isDatabaseBusy(queued)).toBe(true);
    expect(isDatabaseUnavailable(queued)).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error("pool"), { code: "P2024" }))).toBe(true);
    const blackholed = new Error("Connection terminated due to connection timeout");
    expect(isDatabaseUnavailable(blackholed)).toBe(true);
    expect(isDatabaseBusy(blackholed)).toBe(false);
  });

  it("logs one line when the database goes away and one when a probe finds it back", async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), debug: () => undefined, error: () => undefined };
    let reachable = false;
    const health = createDatabaseHealth(
      async () => {
        if (!reachable) throw new Error("ECONNREFUSED");
      },
      log,
      5,
    );
    const changes: boolean[] = [];
    health.onChange((down) => changes.push(down));
    for (let i = 0; i < 50; i++) health.wentAway(new Error("connect ECONNREFUSED"));
    expect(health.down).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    reachable = true;
    while (health.down) await new Promise((resolve) => setTimeout(resolve, 5));
    health.stop();
    expect(changes).toEqual([true, false]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^database unreachable \(connect ECONNREFUSED\): saving paused/);
    expect(lines[1]).toMatch(/^database is reachable again/);
  });
});
