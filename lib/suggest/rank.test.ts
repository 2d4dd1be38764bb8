import { describe, expect, it } from "vitest";
import { type Field, type LessonTerms, type QueryTerm, rankLessons } from "./rank";

const lesson = (id: string, terms: Record<string, Field>): LessonTerms => ({
  id,
  terms: new Map(Object.entries(terms)),
});
const said = (lexeme: string, word = lexeme): QueryTerm => ({ lexeme, from: "case", source: word });
const added = (lexeme: string, concept: string): QueryTerm => ({ lexeme, from: "concept", source: concept });

const deck = [
  lesson("ambassadors", { collega: "A", ambassadeur: "A", draagvlak: "B", bewoner: "C" }),
  lesson("caretaker", { signal: "A", huismeester: "A", bewoner: "A", verbind: "B" }),
  lesson("patience", { geduld: "A", herhal: "A", bewoner: "A", draagvlak: "B" }),
];

describe("ranking a deck's lessons for a case", () => {
  it("puts the lesson that shares the case's rare words first, and leaves out lessons with nothing in common", () => {
    const ranked = rankLessons(deck, [said("huismeester", "huismeesters"), said("bewoner", "bewoners")]);
    expect(ranked.map((r) => r.id)).toEqual(["caretaker", "patience", "ambassadors"]);
    expect(ranked[0]).toMatchObject({ words: ["huismeesters", "bewoners"], inText: ["huismeester", "bewoner"] });
    expect(rankLessons(deck, [said("zwembad")])).toEqual([]);
  });

  it("weighs a word in the lesson's own text above the same word in its theme", () => {
    const ranked = rankLessons(
      [lesson("in-text", { draagvlak: "A", x: "B" }), lesson("in-theme", { draagvlak: "B", y: "A" })],
      [said("draagvlak")],
    );
    expect(ranked.map((r) => [r.id, r.inTheme])).toEqual([
      ["in-text", false],
      ["in-theme", true],
    ]);
  });

  it("names the concept that added a matching word, and counts the case's own word above an added one", () => {
    const ranked = rankLessons(deck, [added("ambassadeur", "collega's die het willen trekken"), said("geduld")]);
    expect(ranked.map((r) => r.id)).toEqual(["patience", "ambassadors"]);
    expect(ranked[1]).toMatchObject({ words: [], concepts: ["collega's die het willen trekken"] });
  });

  it("counts an everyday word of the case a little, and never gives it as the reason", () => {
    const weak: QueryTerm = { lexeme: "bewoner", from: "weak", source: "bewoners" };
    const ranked = rankLessons(deck, [weak, said("geduld")]);
    expect(ranked.map((r) => r.id)).toEqual(["patience", "caretaker", "ambassadors"]);
    expect(ranked[0]).toMatchObject({ words: ["geduld"], inText: ["geduld"] });
    expect(ranked[1]).toMatchObject({ words: [], inText: [] });
    expect(ranked[1]?.score).toBeLessThan(rankLessons(deck, [said("bewoner")])[0]?.score ?? 0);
  });

  it("counts a quiet word of the case in full, but never gives it as the reason nor marks it", () => {
    const quiet: QueryTerm = { lexeme: "bewoner", from: "case", source: "bewoners", quiet: true };
    const ranked = rankLessons(deck, [quiet, said("geduld")]);
    expect(ranked[0]).toMatchObject({ id: "patience", words: ["geduld"], inText: ["geduld"] });
    expect(ranked[1]).toMatchObject({ words: [], inText: [] });
    expect(ranked[1]?.score).toBe(rankLessons(deck, [said("bewoner")]).find((r) => r.id === ranked[1]?.id)?.score);
  });

  it("ranks nothing in an empty deck", () => {
    expect(rankLessons([], [said("bewoner")])).toEqual([]);
  });
});
