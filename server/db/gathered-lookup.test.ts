import { describe, expect, it } from "vitest";
import { gatheredLookup } from "./gathered-lookup";

/** A query that answers each key with `<key>@<run>` once released, and records what it was asked. */
function heldQuery() {
  const runs: { keys: string[]; release: () => void }[] = [];
  const fetch = (keys: string[]) =>
    new Promise<Map<string, string>>((resolve) => {
      const run = runs.length + 1;
      runs.push({ keys, release: () => resolve(new Map(keys.map((key) => [key, `${key}@${run}`]))) });
    });
  return { runs, fetch };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("gatheredLookup", () => {
  it("asks for the keys of one event-loop turn in one query", async () => {
    const { runs, fetch } = heldQuery();
    const look = gatheredLookup(fetch);
    const answers = Promise.all([look("a"), look("b"), look("a")]);
    await turn();
    expect(runs.map((run) => run.keys)).toEqual([["a", "b"]]);
    runs[0]?.release();
    expect(await answers).toEqual(["a@1", "b@1", "a@1"]);
  });

  it("gathers what is asked while the database is busy into one query that starts later", async () => {
    const { runs, fetch } = heldQuery();
    const look = gatheredLookup(fetch, { inFlight: 1 });
    const first = look("a");
    await turn();
    // Asked while the first query runs: they wait, and go out together once it is done.
    const later = Promise.all(["b", "c", "a", "d"].map((key) => look(key)));
    await turn();
    expect(runs).toHaveLength(1);
    runs[0]?.release();
    expect(await first).toBe("a@1");
    await turn();
    expect(runs.map((run) => run.keys)).toEqual([["a"], ["b", "c", "a", "d"]]);
    runs[1]?.release();
    // "a" asked again is answered by the query that began after it was asked, not the earlier one.
    expect(await later).toEqual(["b@2", "c@2", "a@2", "d@2"]);
  });

  it("answers a key the query did not find with null", async () => {
    const look = gatheredLookup(async () => new Map([["known", 1]]));
    expect(await Promise.all([look("known"), look("gone")])).toEqual([1, null]);
  });

  it("fails only the lookups of a failed query; the next ones are asked again", async () => {
    let calls = 0;
    const look = gatheredLookup(async (keys) => {
      calls += 1;
      if (calls === 1) throw new Error("connection lost");
      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });
    await expect(look("a")).rejects.toThrow("connection lost");
    expect(await look("a")).toBe("A");
  });
});
