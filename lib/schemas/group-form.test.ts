import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/lib/i18n/translate";
import { addMemberSchema, editMemberSchema, groupFormSchema, memberFormSchema, memberRefSchema } from "./group-form";

/** "field: message" for every issue, so a test reads like what the form shows. */
function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => `${String(issue.path[0])}: ${issue.message}`);
}

describe("the group form", () => {
  it("trims the name and the description, and the description may be left out", () => {
    expect(groupFormSchema.parse({ name: "  Team Wonen  ", description: "  Elke maand  " })).toEqual({
      name: "Team Wonen",
      description: "Elke maand",
      retentionDays: null,
    });
    expect(groupFormSchema.parse({ name: "Team Wonen" })).toEqual({
      name: "Team Wonen",
      description: "",
      retentionDays: null,
    });
  });

  it("needs a name of 1 to 120 characters", () => {
    expect(issuesOf(groupFormSchema.safeParse({ name: "   ", description: "" }))).toEqual([
      "name: groups.errors.nameRequired",
    ]);
    expect(groupFormSchema.safeParse({ name: "n".repeat(120) }).success).toBe(true);
    expect(issuesOf(groupFormSchema.safeParse({ name: "n".repeat(121) }))).toEqual(["name: groups.errors.nameTooLong"]);
  });

  it("takes a retention period of 1 to 3650 whole days, or none", () => {
    expect(groupFormSchema.parse({ name: "Team", retentionDays: " 365 " }).retentionDays).toBe(365);
    expect(groupFormSchema.parse({ name: "Team", retentionDays: "" }).retentionDays).toBeNull();
    for (const bad of ["0", "-5", "2.5", "3651", "een jaar"]) {
      expect(issuesOf(groupFormSchema.safeParse({ name: "Team", retentionDays: bad }))).toEqual([
        "retentionDays: groups.errors.retentionInvalid",
      ]);
    }
  });

  it("keeps the description to 1000 characters", () => {
    expect(issuesOf(groupFormSchema.safeParse({ name: "Team", description: "d".repeat(1001) }))).toEqual([
      "description: groups.errors.descriptionTooLong",
    ]);
  });
});

describe("the member form", () => {
  it("needs a name of 1 to 80 characters", () => {
    expect(issuesOf(memberFormSchema.safeParse({ name: "", email: "" }))).toEqual([
      "name: groups.errors.memberNameRequired",
    ]);
    expect(memberFormSchema.safeParse({ name: "n".repeat(80), email: "" }).success).toBe(true);
    expect(issuesOf(memberFormSchema.safeParse({ name: "n".repeat(81), email: "" }))).toEqual([
      "name: groups.errors.memberNameTooLong",
    ]);
  });

  it("takes an empty or missing email as none, and stores a given one trimmed and in lower case", () => {
    expect(memberFormSchema.parse({ name: "Anna", email: "   " })).toEqual({ name: "Anna", email: null });
    expect(memberFormSchema.parse({ name: "Anna" })).toEqual({ name: "Anna", email: null });
    expect(memberFormSchema.parse({ name: "Anna", email: " Anna@Corporatie.NL " })).toEqual({
      name: "Anna",
      email: "anna@corporatie.nl",
    });
  });

  it.each(["anna", "anna@", "@corporatie.nl", "anna corporatie.nl", `${"a".repeat(250)}@x.nl`])(
    "refuses the email %j with a translatable reason",
    (email) => {
      expect(issuesOf(memberFormSchema.safeParse({ name: "Anna", email }))).toEqual([
        "email: groups.errors.memberEmailInvalid",
      ]);
    },
  );

  it("says which group and member a change is about, and refuses a missing id", () => {
    expect(addMemberSchema.parse({ groupId: "g1", name: "Bram", email: "" })).toEqual({
      groupId: "g1",
      name: "Bram",
      email: null,
    });
    expect(editMemberSchema.safeParse({ groupId: "g1", memberId: "", name: "Bram", email: "" }).success).toBe(false);
    expect(memberRefSchema.safeParse({ groupId: "g1", memberId: "m".repeat(65) }).success).toBe(false);
    expect(memberRefSchema.parse({ groupId: "g1", memberId: "m1" })).toEqual({ groupId: "g1", memberId: "m1" });
  });

  it("uses message keys that exist in the catalogues", () => {
    const results = [
      groupFormSchema.safeParse({ name: "", description: "d".repeat(1001) }),
      groupFormSchema.safeParse({ name: "n".repeat(121) }),
      memberFormSchema.safeParse({ name: "", email: "nope" }),
      memberFormSchema.safeParse({ name: "n".repeat(81) }),
    ];
    const messages = results.flatMap((result) => (result.success ? [] : result.error.issues.map((i) => i.message)));
    expect(messages).toHaveLength(6);
    for (const message of messages) expect(isMessageKey(message)).toBe(true);
  });
});
