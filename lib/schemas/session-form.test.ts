import { describe, expect, it } from "vitest";
import { joinFormSchema, newSessionSchema } from "./session-form";

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

describe("the join form", () => {
  const join = { displayName: " Anna de Vries ", accept: "on" };

  it("joins as a guest when no member is chosen, or when the guest option is", () => {
    expect(joinFormSchema.parse(join)).toEqual({ displayName: "Anna de Vries", accept: "on", groupMemberId: null });
    expect(joinFormSchema.parse({ ...join, groupMemberId: "guest" }).groupMemberId).toBeNull();
    expect(joinFormSchema.parse({ ...join, groupMemberId: "" }).groupMemberId).toBeNull();
  });

  it("passes a chosen member on (whether they belong to the session's group is the server's call)", () => {
    expect(joinFormSchema.parse({ ...join, groupMemberId: "cm1abc" }).groupMemberId).toBe("cm1abc");
  });

  it("refuses a member id that cannot be one, with a message for the field", () => {
    const result = joinFormSchema.safeParse({ ...join, groupMemberId: "x".repeat(65) });
    expect(result.error?.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`)).toEqual([
      "groupMemberId: join.errors.memberUnknown",
    ]);
  });

  it("still wants a name and the agreements accepted", () => {
    const result = joinFormSchema.safeParse({ displayName: "  ", groupMemberId: "cm1abc" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "join.errors.nameRequired",
      "join.errors.mustAccept",
    ]);
  });
});
