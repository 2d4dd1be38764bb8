import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, snippetParts } from "./highlight";

describe("search snippets", () => {
  it("splits a marked snippet into plain parts and hits", () => {
    expect(snippetParts(`De ${HIT_START}huurders${HIT_END} willen meer ${HIT_START}inspraak${HIT_END}.`)).toEqual([
      { text: "De ", hit: false },
      { text: "huurders", hit: true },
      { text: " willen meer ", hit: false },
      { text: "inspraak", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("keeps text that looks like HTML as text, and survives stray markers", () => {
    expect(snippetParts(`<b>x</b> ${HIT_END}y${HIT_START}`)).toEqual([
      { text: "<b>x</b> ", hit: false },
      { text: "y", hit: false },
    ]);
  });
});
