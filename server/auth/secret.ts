import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The secret that signs facilitator sessions (next-auth JWTs) and participant credentials.
 * AUTH_SECRET wins. Without it a fresh clone just works: a random secret is generated once into
 * the data folder and reused. In production (NODE_ENV=production) Kring refuses to guess.
 */
export function resolveAuthSecret(options: {
  configured: string | undefined;
  production: boolean;
  dataDir: string;
}): string {
  if (options.configured) return options.configured;
  if (options.production) {
    throw new Error(
      "AUTH_SECRET is not set. In production Kring needs a fixed secret of at least 32 characters, e.g. `openssl rand -base64 32`.",
    );
  }
  const file = join(options.dataDir, "auth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The secret in force (server/index.ts resolved it into the environment before Next started). */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start Kring with server/index.ts");
  return secret;
}
