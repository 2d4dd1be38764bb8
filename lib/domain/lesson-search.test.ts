import { describe, expect, it } from "vitest";
import { groupByTheme, normalizeForSearch, queryTerms, searchLessons, splitLead } from "./lesson-search";

const lessons = [
  { number: 1, theme: "Intern draagvlak", text: "Zoek collega's die ambassadeur willen en kunnen zijn." },
  { number: 8, theme: "Intern draagvlak", text: "Zet zelf op papier wat je wilt bereiken: creëer je eigen ruimte!" },
  { number: 10, theme: "Leg verbindingen", text: "Ga bij een van de leden thuis op de koffie." },
  { number: 12, theme: "Leg verbindingen", text: "Plan 1 vast moment per maand met de commissie." },
  { number: 21, theme: "Extern draagvlak", text: "Ga naar de bewoners toe, niet andersom." },
];

const numbers = (query: string) => searchLessons(lessons, query).map((lesson) => lesson.number);

describe("searching the deck for a lesson", () => {
  it("ignores case, accents and extra space", () => {
    expect(normalizeForSearch("  Creëer   ÉÉN Ruimte ")).toBe("creeer een ruimte");
    expect(numbers("CREEER")).toEqual([8]);
    expect(numbers("creëer")).toEqual([8]);
    expect(numbers("Koffie")).toEqual([10]);
  });

  it("finds a lesson by its number, exactly, with or without # or a trailing dot", () => {
    expect(numbers("10")).toEqual([10]);
    expect(numbers("#8")).toEqual([8]);
    expect(numbers("21.")).toEqual([21]);
    // "1" is lesson 1 and the lesson whose text says "1", not lessons 10 to 19 or 21.
    expect(numbers("1")).toEqual([1, 12]);
    expect(queryTerms(" #5  Leg. ")).toEqual(["5", "leg."]);
  });

  it("finds lessons by theme and by words of the text, every word counting", () => {
    expect(numbers("verbindingen")).toEqual([10, 12]);
    expect(numbers("draagvlak")).toEqual([1, 8, 21]);
    expect(numbers("extern bewoners")).toEqual([21]);
    expect(numbers("intern koffie")).toEqual([]);
    expect(numbers("leg 12")).toEqual([12]);
  });

  it("shows the whole deck for an empty query", () => {
    expect(numbers("")).toEqual([1, 8, 10, 12, 21]);
    expect(numbers("   ")).toEqual([1, 8, 10, 12, 21]);
  });

  it("groups lessons by theme in the deck's order", () => {
    expect(groupByTheme(lessons).map((group) => [group.theme, group.lessons.map((lesson) => lesson.number)])).toEqual([
      ["Intern draagvlak", [1, 8]],
      ["Leg verbindingen", [10, 12]],
      ["Extern draagvlak", [21]],
    ]);
    expect(groupByTheme([])).toEqual([]);
  });
});

describe("a lesson's first sentence as its title", () => {
  it("splits off the first sentence", () => {
    expect(
      splitLead(
        "Stel je kwetsbaar op: vraag collega's om mee te denken. Hoe zouden zij bewoners bij activiteiten betrekken?",
      ),
    ).toEqual({
      lead: "Stel je kwetsbaar op: vraag collega's om mee te denken.",
      rest: "Hoe zouden zij bewoners bij activiteiten betrekken?",
    });
    expect(splitLead("Wat wil je bereiken? 'Doen' geeft energie.")).toEqual({
      lead: "Wat wil je bereiken?",
      rest: "'Doen' geeft energie.",
    });
  });

  it("keeps one sentence whole, and does not split at an abbreviation or inside brackets", () => {
    expect(splitLead("Laat stiltes vallen.")).toEqual({ lead: "Laat stiltes vallen.", rest: "" });
    expect(splitLead("Nodig bijv. de huismeester uit. Dan gaat het sneller.")).toEqual({
      lead: "Nodig bijv. de huismeester uit.",
      rest: "Dan gaat het sneller.",
    });
    expect(splitLead("Praat eerst (hoeveel zeggenschap dragen we over?) en dan. Verder.").lead).toBe(
      "Praat eerst (hoeveel zeggenschap dragen we over?) en dan.",
    );
  });

  it("ends the first line at a line break", () => {
    expect(splitLead("Titel zonder punt\nDe rest van de les.")).toEqual({
      lead: "Titel zonder punt",
      rest: "De rest van de les.",
    });
  });
});
