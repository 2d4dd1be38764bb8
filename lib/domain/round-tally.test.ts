import { describe, expect, it } from "vitest";
import { tallyOf } from "./round-tally";
import type { ReactionRecord } from "./session-view";

const reaction = (changes: Partial<ReactionRecord>): ReactionRecord => ({
  id: crypto.randomUUID(),
  clientId: crypto.randomUUID(),
  roundId: "round",
  authorId: "anna",
  kind: "idea",
  text: "tekst",
  anonymous: false,
  visibility: "revealed",
  createdAt: 1,
  usable: null,
  label: null,
  ...changes,
});

describe("tallyOf", () => {
  it("counts what the quota, the marks and the patches need", () => {
    const tally = tallyOf([
      reaction({ clientId: "a1" }),
      reaction({ clientId: "a2", visibility: "withdrawn" }),
      reaction({ clientId: "o1", authorId: "olga", visibility: "pending" }),
      reaction({ clientId: "o2", authorId: "olga", anonymous: true }),
      reaction({ clientId: "p1", authorId: "piet", anonymous: true, visibility: "withdrawn" }),
    ]);
    // A withdrawn reaction keeps its client id (a retry of it is still a retry), nothing else.
    expect([...tally.clientIds].sort()).toEqual(["a1", "a2", "o1", "o2", "p1"]);
    expect(tally.postsByAuthor).toEqual(
      new Map([
        ["anna", 1],
        ["olga", 2],
      ]),
    );
    expect(tally.pendingByAuthor).toEqual(new Map([["olga", 1]]));
    expect([...tally.submitters].sort()).toEqual(["anna", "olga"]);
    expect(tally.shownAnonymous).toBe(1);
  });

  it("counts only what was appended since it was last asked for", () => {
    const list = [reaction({ clientId: "a1" })];
    const tally = tallyOf(list);
    list.push(reaction({ clientId: "a2" }), reaction({ clientId: "o1", authorId: "olga" }));
    expect(tallyOf(list)).toBe(tally);
    expect(tally.counted).toBe(3);
    expect(tally.postsByAuthor.get("anna")).toBe(2);
    // The same as counting the whole list afresh.
    expect(tally).toEqual(tallyOf([...list]));
  });

  it("starts over for a list that shrank, which an append-only list never does", () => {
    const list = [reaction({ clientId: "a1" }), reaction({ clientId: "a2" })];
    tallyOf(list);
    list.length = 0;
    list.push(reaction({ clientId: "b1", authorId: "olga" }));
    expect([...tallyOf(list).clientIds]).toEqual(["b1"]);
  });
});
