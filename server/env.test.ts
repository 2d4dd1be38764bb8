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

describe("proxy and public URL settings", () => {
  it("reads the trusted proxies and the public URL, and refuses bad ones", () => {
    const env = parseEnv({
      KRING_TRUSTED_PROXIES: "10.0.0.1, 192.168.0.0/16",
      KRING_PUBLIC_URL: "https://kring.example",
    });
    expect(env.KRING_TRUSTED_PROXIES.any).toBe(true);
    expect(env.KRING_TRUSTED_PROXIES.list.check("192.168.4.5")).toBe(true);
    expect(env.KRING_PUBLIC_URL?.protocol).toBe("https:");
    expect(parseEnv({}).KRING_TRUSTED_PROXIES.any).toBe(false);
    expect(() => parseEnv({ KRING_TRUSTED_PROXIES: "everyone" })).toThrow(/KRING_TRUSTED_PROXIES/);
    expect(() => parseEnv({ KRING_PUBLIC_URL: "ftp://kring.example" })).toThrow(/KRING_PUBLIC_URL/);
  });
});

describe("several nodes", () => {
  it("takes a Redis URL with an external database and a shared secret, and refuses it without them", () => {
    const secret = "a-secret-that-every-node-shares-0123456789";
    const env = parseEnv({
      DATABASE_URL: "postgresql://db/kring",
      REDIS_URL: "redis://127.0.0.1:6379",
      AUTH_SECRET: secret,
    });
    expect(env.REDIS_URL).toBe("redis://127.0.0.1:6379");
    expect(() => parseEnv({ REDIS_URL: "redis://127.0.0.1:6379", AUTH_SECRET: secret })).toThrow(
      /REDIS_URL.*DATABASE_URL/,
    );
    expect(() => parseEnv({ DATABASE_URL: "postgresql://db/kring", REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(
      /REDIS_URL.*AUTH_SECRET/,
    );
    expect(() =>
      parseEnv({ DATABASE_URL: "postgresql://db/kring", REDIS_URL: "http://x", AUTH_SECRET: secret }),
    ).toThrow(/REDIS_URL/);
  });
});
