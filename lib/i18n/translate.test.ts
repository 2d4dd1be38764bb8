import { describe, expect, it } from "vitest";
import { errorMessageKeys } from "@/lib/errors";
import { en } from "./messages/en";
import { nl } from "./messages/nl";
import { isMessageKey, translate } from "./translate";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === "string") found.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) found.set(path, text);
  }
  return found;
}

describe("message catalogues", () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it("have the same keys in Dutch and English, none empty, with the same placeholders", () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
    for (const [key, text] of dutch) {
      const other = english.get(key) ?? "";
      expect(text.trim(), key).not.toBe("");
      expect(other.trim(), key).not.toBe("");
      const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it("translate every error code", () => {
    for (const key of Object.values(errorMessageKeys)) {
      expect(isMessageKey(key)).toBe(true);
      expect(translate("en", key)).not.toBe(translate("nl", key));
    }
  });

  it("fill placeholders", () => {
    expect(translate("nl", "auth.errors.tooManyAttempts", { seconds: 8 })).toBe(
      "Te veel mislukte pogingen. Probeer het over 8 seconden opnieuw.",
    );
    expect(translate("en", "dashboard.title", { name: "Sam" })).toBe("Welcome, Sam");
  });
});
