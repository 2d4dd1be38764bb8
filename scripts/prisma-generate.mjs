#!/usr/bin/env node
// `prisma generate` without Prisma's native schema engine, which cannot be downloaded here.
// Prisma's CLI wants PRISMA_SCHEMA_ENGINE_BINARY to name an existing file before it runs anything;
// we point it at a script that explains and fails, so that `prisma migrate ...` fails loudly
// instead of appearing to succeed. Kring applies migrations itself (server/db/migrator.ts).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./no-schema-engine.sh", import.meta.url));
if (existsSync(stub)) chmodSync(stub, 0o755);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub };
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
