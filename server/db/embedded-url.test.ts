import { describe, expect, it } from "vitest";
import { embeddedDatabaseUrl, isEmbeddedUrl } from "./embedded-url";

describe("embedded database URL", () => {
  it("marks the embedded database's URL, and only that one", () => {
    expect(isEmbeddedUrl(embeddedDatabaseUrl("127.0.0.1:41234"))).toBe(true);
    expect(isEmbeddedUrl("postgresql://postgres@127.0.0.1:5432/test")).toBe(false);
    expect(isEmbeddedUrl("postgresql://postgres@127.0.0.1:5432/test?application_name=other")).toBe(false);
    expect(isEmbeddedUrl("not a url")).toBe(false);
  });
});
