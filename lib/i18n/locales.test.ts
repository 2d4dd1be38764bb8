import { describe, expect, it } from "vitest";
import { bilingual, pick, shownLocale } from "./locales";

describe("texts in two languages", () => {
  it("shows the reader's language, or the other one where it is missing", () => {
    expect(pick("en", { nl: "Luister", en: "Listen" })).toBe("Listen");
    expect(pick("en", { nl: "Alleen Nederlands", en: "" })).toBe("Alleen Nederlands");
    expect(pick("nl", { nl: " ", en: "Only English" })).toBe("Only English");
    expect(bilingual("Alleen Nederlands", "")).toEqual({ nl: "Alleen Nederlands", en: "Alleen Nederlands" });
    expect(bilingual("", "Only English")).toEqual({ nl: "Only English", en: "Only English" });
    expect(shownLocale("en", { nl: "Alleen Nederlands", en: "" })).toBe("nl");
    expect(shownLocale("nl", { nl: "Luister", en: "Listen" })).toBe("nl");
  });
});
