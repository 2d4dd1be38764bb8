import { describe, expect, it } from "vitest";
import { freePort } from "@/server/testing/server-process";
import { startTcpProxy, throughProxy } from "@/server/testing/tcp-proxy";
import { waitForDatabase } from "./wait";

const collect = () => {
  const lines: string[] = [];
  return { lines, log: { info: (line: string) => lines.push(line), debug: () => undefined, error: () => undefined } };
};

describe("starting while the database is not there", () => {
  it("retries with a clear line each time, then gives up with a message that says what to check", async () => {
    const port = await freePort();
    const { lines, log } = collect();
    await expect(waitForDatabase(`postgresql://kring:secret@127.0.0.1:${port}/kring`, 1, log)).rejects.toThrow(
      /could not reach its database at 127\.0\.0\.1:\d+\/kring \(ECONNREFUSED\) and gave up after 1 s.*KRING_DB_WAIT_SECONDS/,
    );
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toMatch(/not reachable \(ECONNREFUSED\); trying again in \d\.\d s/);
    // The password never reaches the log.
    expect(lines.join("\n")).not.toContain("secret");
  });

  it.skipIf(!process.env.DATABASE_URL)("starts once the database answers", async () => {
    const server = new URL(process.env.DATABASE_URL ?? "");
    const proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    proxy.cut();
    const { lines, log } = collect();
    const waiting = waitForDatabase(throughProxy(server.toString(), proxy.port), 60, log);
    while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    proxy.restore();
    await waiting;
    expect(lines.at(-1)).toMatch(/is reachable: starting/);
    await proxy.close();
  });
});
