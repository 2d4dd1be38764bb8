import { describe, expect, it } from "vitest";
import type { AddedReaction } from "@/lib/domain/session-patch";
import { createPatchLog } from "./patch-log";

const added = (text: string) => ({ reaction: { text } }) as unknown as AddedReaction;
const texts = (run: { added: AddedReaction }[] | null) => run?.map((entry) => entry.added.reaction.text) ?? null;

describe("the patch log", () => {
  it("answers the reactions after a version while it holds every one up to the newest", () => {
    const log = createPatchLog();
    for (const [version, text] of [
      [4, "a"],
      [5, "b"],
      [6, "c"],
    ] as const)
      log.add("s1", version, added(text));
    expect(texts(log.since("s1", 3, 6))).toEqual(["a", "b", "c"]);
    expect(texts(log.since("s1", 5, 6))).toEqual(["c"]);
    expect(texts(log.since("s1", 6, 6))).toEqual([]);
    // Before the run, ahead of it, or the session moved on without a reaction: not here.
    expect(log.since("s1", 2, 6)).toBeNull();
    expect(log.since("s1", 7, 6)).toBeNull();
    expect(log.since("s1", 5, 7)).toBeNull();
    expect(log.since("s2", 5, 6)).toBeNull();
  });

  it("starts the run again after a version that was not a new reaction, and keeps it bounded", () => {
    const log = createPatchLog(3, 2);
    log.add("s1", 1, added("a"));
    log.add("s1", 3, added("c"));
    expect(log.since("s1", 0, 3)).toBeNull();
    expect(texts(log.since("s1", 2, 3))).toEqual(["c"]);
    for (const [version, text] of [
      [4, "d"],
      [5, "e"],
      [6, "f"],
    ] as const)
      log.add("s1", version, added(text));
    expect(log.since("s1", 2, 6)).toBeNull();
    expect(texts(log.since("s1", 3, 6))).toEqual(["d", "e", "f"]);
    // A third session pushes out the one written least recently.
    log.add("s2", 1, added("x"));
    log.add("s3", 1, added("y"));
    expect(log.since("s1", 5, 6)).toBeNull();
    expect(texts(log.since("s3", 0, 1))).toEqual(["y"]);
  });
});
