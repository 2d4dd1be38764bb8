import { describe, expect, it } from "vitest";
import { NO_FOCUS, PROJECTOR_PAGE, projectorList, projectorPages, shownPage, spotlighted } from "./projector";

const reaction = (id: number, text = `Reactie ${id}`, visibility = "revealed") => ({ id: `r${id}`, text, visibility });

describe("the projector's pages", () => {
  it("list, in a response phase, the answered round's reactions first, then the round's own", () => {
    const questions = [reaction(1), reaction(2)];
    const answers = [reaction(3)];
    expect(projectorList({ reactions: answers, answered: { reactions: questions } })).toEqual([
      ...questions,
      ...answers,
    ]);
    expect(projectorList({ reactions: answers, answered: null })).toEqual(answers);
    const pages = projectorPages(projectorList({ reactions: answers, answered: { reactions: questions } }));
    expect(spotlighted({ ...NO_FOCUS, spotlightId: "r1" }, pages.flat())?.id).toBe("r1");
  });

  it("puts nine short reactions on one page and forty on five, in their order", () => {
    const nine = Array.from({ length: 9 }, (_, i) => reaction(i));
    expect(projectorPages(nine)).toEqual([nine]);
    const forty = Array.from({ length: 40 }, (_, i) => reaction(i));
    const pages = projectorPages(forty);
    expect(pages.map((page) => page.length)).toEqual([9, 9, 9, 9, 4]);
    expect(pages.flat()).toEqual(forty);
  });

  it("gives long reactions fewer to a page, and one longer than a page a page of its own", () => {
    const long = (id: number) => reaction(id, "x".repeat(300));
    expect(projectorPages([long(1), long(2), long(3), long(4)]).map((page) => page.length)).toEqual([2, 2]);
    const huge = reaction(9, "y".repeat(PROJECTOR_PAGE.characters * 2));
    expect(projectorPages([reaction(1), huge, reaction(2)]).map((page) => page.map((each) => each.id))).toEqual([
      ["r1"],
      ["r9"],
      ["r2"],
    ]);
  });

  it("shows only revealed reactions: never pending, hidden or withdrawn ones", () => {
    const all = [reaction(1), reaction(2, "a", "pending"), reaction(3, "b", "hidden"), reaction(4, "c", "withdrawn")];
    expect(projectorPages(all)).toEqual([[reaction(1)]]);
    expect(projectorPages([])).toEqual([]);
  });

  it("shows the last page when the lead's counter runs past the pages there are", () => {
    expect(shownPage(0, 3)).toBe(0);
    expect(shownPage(2, 3)).toBe(2);
    expect(shownPage(7, 3)).toBe(2);
    expect(shownPage(4, 0)).toBe(0);
  });

  it("drops the spotlight once its reaction is no longer one the projector shows", () => {
    const reactions = [reaction(1), reaction(2, "weg", "hidden")];
    expect(spotlighted({ ...NO_FOCUS, spotlightId: "r1" }, reactions)?.id).toBe("r1");
    expect(spotlighted({ ...NO_FOCUS, spotlightId: "r2" }, reactions)).toBeNull();
    expect(spotlighted({ ...NO_FOCUS, spotlightId: "r9" }, reactions)).toBeNull();
    expect(spotlighted(NO_FOCUS, reactions)).toBeNull();
  });
});
