import { describe, expect, it } from "vitest";
import { actionStatusFormSchema, overviewSearchSchema } from "./action-overview";

describe("overviewSearchSchema", () => {
  it("takes an owner filter for a member, a guest's name or nobody", () => {
    expect(overviewSearchSchema.parse({ owner: "member:m1" }).owner).toBe("member:m1");
    expect(overviewSearchSchema.parse({ owner: "name:Bram de Gast" }).owner).toBe("name:Bram de Gast");
    expect(overviewSearchSchema.parse({ owner: "none" }).owner).toBe("none");
  });

  it("ignores a malformed, repeated or overlong owner instead of failing the page", () => {
    for (const owner of ["anna", "member:", ["member:m1", "member:m2"], `name:${"x".repeat(300)}`]) {
      expect(overviewSearchSchema.parse({ owner }).owner).toBeUndefined();
    }
    expect(overviewSearchSchema.parse({ refused: "drop tables" }).refused).toBeUndefined();
  });
});

describe("actionStatusFormSchema", () => {
  it("accepts done and open, and nothing else", () => {
    const form = { groupId: "g1", actionPointId: "a1" };
    expect(actionStatusFormSchema.parse({ ...form, status: "done" }).status).toBe("done");
    expect(actionStatusFormSchema.parse({ ...form, status: "open" }).status).toBe("open");
    expect(actionStatusFormSchema.safeParse({ ...form, status: "dropped" }).success).toBe(false);
    expect(actionStatusFormSchema.safeParse({ ...form, actionPointId: "" }).success).toBe(false);
  });
});
