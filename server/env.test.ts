import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("configuration", () => {
  it("defaults to the embedded database on port 3000 with data in .data", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ PORT: 3000, KRING_DATA_DIR: ".data", KRING_ALLOWED_ORIGINS: [] });
  });

  it("treats empty values as unset and splits the allowed origins", () => {
    const env = parseEnv({
      DATABASE_URL: "",
      PORT: "8080",
      KRING_ALLOWED_ORIGINS: "https://a.example, https://b.example",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(8080);
    expect(env.KRING_ALLOWED_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
  });

  it("names every invalid setting", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", PORT: "eighty" })).toThrow(
      /DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*PORT|DATABASE_URL[\s\S]*PORT[\s\S]*AUTH_SECRET/,
    );
  });
});
