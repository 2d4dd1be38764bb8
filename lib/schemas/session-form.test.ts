import { describe, expect, it } from "vitest";
import { newSessionSchema } from "./session-form";

const form = { title: "Intervisie maart", methodId: "m1", deckId: "d1", agreements: "", anonymous: undefined };

describe("the form that prepares a session", () => {
  it("takes an empty or missing group as no group", () => {
    expect(newSessionSchema.parse({ ...form, groupId: "" }).groupId).toBeNull();
    expect(newSessionSchema.parse(form).groupId).toBeNull();
  });

  it("passes a chosen group on (whether it may be used is the server's call)", () => {
    expect(newSessionSchema.parse({ ...form, groupId: "g1" })).toMatchObject({ groupId: "g1", deckId: "d1" });
  });

  it("refuses a group id that cannot be one, with a translatable reason", () => {
    const result = newSessionSchema.safeParse({ ...form, groupId: "g".repeat(65) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`)).toEqual([
      "groupId: sessions.errors.groupUnknown",
    ]);
  });
});
