import { describe, expect, it } from "vitest";
import { conceptsIn, findSignal, wordsOf } from "./concepts-in";
import { concepts } from "./thesaurus";

describe("finding the field's concepts in a pitched case", () => {
  it("splits a text into plain words: lower case, no accents, quotes off", () => {
    expect(wordsOf("Een 'enquête' over de Lindenflat, nú!")).toEqual([
      "een",
      "enquete",
      "over",
      "de",
      "lindenflat",
      "nu",
    ]);
  });

  it("matches a signal's words in order, as word starts, a few words apart at most", () => {
    const words = wordsOf("Niemand in mijn team wil dit oppakken");
    expect(findSignal("niemand wil", words)).toEqual(["niemand", "wil"]);
    expect(findSignal("wil niemand", words)).toBeNull();
    expect(findSignal("vergader", wordsOf("eindeloze vergaderingen"))).toEqual(["vergaderingen"]);
    expect(findSignal("niemand wil", wordsOf("niemand kwam naar de avond en de buren wilden ook niet"))).toBeNull();
  });

  it("matches words of three letters or fewer only whole", () => {
    expect(findSignal("wil", wordsOf("de wilgen langs de weg"))).toBeNull();
    expect(findSignal("wil", wordsOf("hij wil niet"))).toEqual(["wil"]);
  });

  it("finds a paraphrase of a lesson's situation, in Dutch and in English", () => {
    const labels = (text: string) => conceptsIn(text, concepts).map((hit) => hit.concept.label.en);
    expect(labels("Nobody on my team wants to take this up.")).toContain("colleagues who will carry it");
    expect(labels("Onze huismeesters horen elke dag wat er misgaat.")).toContain(
      "signals from caretakers and the floor",
    );
    expect(labels("Het regent vandaag.")).toEqual([]);
  });

  it("reports the case's own words that raised a concept", () => {
    const [hit] = conceptsIn("Op de avond waren er steeds dezelfde vijf mensen", concepts).filter(
      (found) => found.concept.label.en === "low turnout at meetings",
    );
    expect(hit?.words).toEqual(["steeds", "dezelfde"]);
  });
});
