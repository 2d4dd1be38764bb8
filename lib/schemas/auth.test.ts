import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "./auth";

const messagesOf = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
};

describe("sign-up rules", () => {
  it.each([
    ["short", "auth.errors.passwordTooShort"],
    ["abcdefghijkl", "auth.errors.passwordTooSimple"],
    ["1234567890123", "auth.errors.passwordTooSimple"],
    ["x".repeat(201), "auth.errors.passwordTooLong"],
  ])("refuses the weak password %j with a translatable reason", (password, key) => {
    expect(messagesOf({ name: "Sam", email: "sam@example.org", password })).toContain(`password: ${key}`);
  });

  it("accepts letters with a digit or a punctuation mark", () => {
    for (const password of ["wachtwoord1", "huur-der-s!", "Één goed wachtwoord."]) {
      expect(messagesOf({ name: "Sam", email: "sam@example.org", password })).toEqual([]);
    }
  });

  it("needs a name of at most 80 characters and a real email address", () => {
    expect(messagesOf({ name: "  ", email: "sam@example.org", password: "wachtwoord1" })).toEqual([
      "name: auth.errors.nameRequired",
    ]);
    expect(messagesOf({ name: "n".repeat(81), email: "sam@example.org", password: "wachtwoord1" })).toEqual([
      "name: auth.errors.nameTooLong",
    ]);
    expect(messagesOf({ name: "Sam", email: "sam@", password: "wachtwoord1" })).toEqual([
      "email: auth.errors.emailInvalid",
    ]);
  });

  it("trims and lower-cases the email for sign-in too", () => {
    expect(signInSchema.parse({ email: " Sam@Example.ORG ", password: "x" }).email).toBe("sam@example.org");
  });
});
