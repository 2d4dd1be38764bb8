import { describe, expect, it } from "vitest";
import { archiveSearchParams, cleanSearchText, parseArchiveQuery, SEARCH_MAX_LENGTH } from "./archive-query";

describe("the archive's search parameters", () => {
  it("reads every filter, and treats empty ones as no filter", () => {
    const { query, ignored } = parseArchiveQuery({
      q: "  huurders   onderhoud ",
      group: "g1",
      method: "",
      lesson: "l7",
      from: "2026-03-01",
      to: "2026-03-31",
      page: "3",
    });
    expect(query).toEqual({
      q: "huurders onderhoud",
      groupId: "g1",
      methodId: undefined,
      lessonId: "l7",
      from: "2026-03-01",
      to: "2026-03-31",
      page: 3,
    });
    expect(ignored).toEqual([]);
  });

  it("leaves out what it cannot understand, says what, and keeps the rest", () => {
    const { query, ignored } = parseArchiveQuery({
      q: "bewoners",
      from: "2026-02-30",
      page: "-1",
      group: "x".repeat(65),
    });
    expect(query).toMatchObject({ q: "bewoners", from: undefined, page: 1, groupId: undefined });
    expect(ignored.sort()).toEqual(["from", "group", "page"]);
  });

  it("refuses an end date before the start date", () => {
    const { query, ignored } = parseArchiveQuery({ from: "2026-05-01", to: "2026-04-01" });
    expect([query.from, query.to, ignored]).toEqual(["2026-05-01", undefined, ["to"]]);
  });

  it("takes the first of repeated parameters, and caps the page number", () => {
    expect(parseArchiveQuery({ q: ["een", "twee"], page: "99999999" }).query).toMatchObject({ q: "een", page: 1000 });
  });

  it("makes any search text safe: no control characters, no hit markers, bounded length", () => {
    expect(cleanSearchText("huur\u0000ders\n\tonderhoud\uE000")).toBe("huur ders onderhoud");
    expect(Array.from(cleanSearchText("é".repeat(10_000)))).toHaveLength(SEARCH_MAX_LENGTH);
    expect(cleanSearchText('\'; DROP TABLE x; -- "zin" -uit')).toBe('\'; DROP TABLE x; -- "zin" -uit');
  });

  it("writes the query back as link parameters, for the pages of the same list", () => {
    const { query } = parseArchiveQuery({ q: "huurders", group: "g1", page: "2" });
    expect(archiveSearchParams(query).toString()).toBe("q=huurders&group=g1&page=2");
    expect(archiveSearchParams(query, 1).toString()).toBe("q=huurders&group=g1");
  });
});
