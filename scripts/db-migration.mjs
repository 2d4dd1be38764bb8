#!/usr/bin/env node
// Writes the SQL migration that takes Kring's database from the last migrated schema to the current
// prisma/schema.prisma, without Prisma's native schema engine (which cannot be downloaded on these
// machines). It runs Prisma 6.19's WASM schema engine, installed once from the npm registry into a cache
// folder outside the repository, on a datamodel-to-datamodel diff: no database is touched.
// server/db/migrator.ts applies what it writes (`npm run db:migrate`, and at every start).
//
// Run:   npm run db:migration -- <migration_name>      (or: node scripts/db-migration.mjs <migration_name>)
// Options (env): SCHEMA=prisma/schema.prisma  MIGRATIONS=prisma/migrations  (relative to the repository)
// It writes MIGRATIONS/<timestamp>_<name>/migration.sql, MIGRATIONS/migration_lock.toml, and keeps
// MIGRATIONS/schema.snapshot.prisma as the schema that the migrations produce (commit all three).
// `--check` writes nothing and exits 1 when schema.prisma has changes that no migration holds yet (CI).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PRISMA = "6.19.3";
const args = process.argv.slice(2);
const check = args.includes("--check");
const name = args.find((a) => !a.startsWith("--"));
if (!check && !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: npm run db:migration -- <migration_name in snake_case> | --check");
  process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
const schemaPath = resolve(root, process.env.SCHEMA ?? "prisma/schema.prisma");
const migDir = resolve(root, process.env.MIGRATIONS ?? "prisma/migrations");
const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "kring-db-migration", `prisma-${PRISMA}`);
const cli = join(cache, "node_modules/prisma/build/index.js");
if (!existsSync(cli)) {
  mkdirSync(cache, { recursive: true });
  writeFileSync(
    join(cache, "package.json"),
    JSON.stringify({ name: "kring-db-migration", private: true, type: "module" }),
  );
  console.error(`installing prisma@${PRISMA} (WASM schema engine) into ${cache} ...`);
  // --ignore-scripts: @prisma/engines' postinstall would download native engines from outside the npm
  // registry; the WASM engine ships inside the prisma package.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", "--ignore-scripts", `prisma@${PRISMA}`], {
    cwd: cache,
    stdio: "inherit",
  });
}

const schema = readFileSync(schemaPath, "utf8");
const provider = /datasource\s+\w+\s*{[^}]*provider\s*=\s*"(\w+)"/.exec(schema)?.[1];
if (!provider) {
  console.error(`no datasource provider in ${schemaPath}`);
  process.exit(2);
}
const snapPath = join(migDir, "schema.snapshot.prisma");
const tmp = mkdtempSync(join(tmpdir(), "kring-db-migration-"));
// Prisma 6 wants a url in the datasource block, Prisma 7 forbids one: add a dummy for the diff only.
const dummyUrl = provider === "sqlite" ? "file:./unused.db" : "postgresql://u@localhost:1/unused";
const withUrl = (s) => s.replace(/(datasource\s+\w+\s*{[^}]*provider\s*=\s*"\w+")/, `$1\n  url = "${dummyUrl}"`);
writeFileSync(join(tmp, "new.prisma"), withUrl(schema));
let from = ["--from-empty"];
if (existsSync(snapPath)) {
  writeFileSync(join(tmp, "old.prisma"), withUrl(readFileSync(snapPath, "utf8")));
  from = ["--from-schema-datamodel", join(tmp, "old.prisma")];
}
const adapterProvider = provider === "sqlite" ? "sqlite" : "postgres";
const cfg = join(cache, "diff.config.mjs");
// The engine connects before it diffs, even when no database is involved: hand it a driver adapter that
// answers the one connection probe and refuses everything else.
writeFileSync(
  cfg,
  `
import { defineConfig } from "prisma/config";
const refuse = (what) => { throw new Error("db-migration: unexpected " + what); };
const stub = (provider) => ({ provider, adapterName: "offline-diff",
  async queryRaw(q) {
    if (provider === "postgres" && q.sql.includes("server_version_num"))
      return { columnNames: ["exists", "version", "numeric_version"], columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 16.0", 160000]] };
    refuse("query " + q.sql); },
  async executeRaw(q) { refuse("query " + q.sql); },
  async executeScript() { refuse("script"); },
  async startTransaction() { refuse("transaction"); },
  getConnectionInfo() { return { schemaName: undefined, supportsRelationJoins: false }; },
  async dispose() {} });
export default defineConfig({ experimental: { adapter: true }, engine: "js",
  async adapter() { const p = ${JSON.stringify(adapterProvider)};
    return { provider: p, adapterName: "offline-diff", async connect() { return stub(p); }, async connectToShadowDb() { return stub(p); } }; } });
`,
);
let sql;
try {
  sql = execFileSync(
    process.execPath,
    [cli, "migrate", "diff", "--config", cfg, ...from, "--to-schema-datamodel", join(tmp, "new.prisma"), "--script"],
    {
      cwd: cache,
      encoding: "utf8",
      env: {
        ...process.env,
        PRISMA_QUERY_ENGINE_LIBRARY: join(cache, "package.json"),
        PRISMA_SCHEMA_ENGINE_BINARY: join(cache, "package.json"),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  )
    .split("\n")
    .filter((l) => !l.startsWith("Loaded Prisma config"))
    .join("\n")
    .trim();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const empty = !sql || sql.startsWith("-- This is an empty migration");
if (check) {
  if (empty) {
    console.log(`migrations match ${schemaPath}`);
    process.exit(0);
  }
  console.error(`schema.prisma has changes that no migration holds yet (npm run db:migration -- <name>):\n${sql}`);
  process.exit(1);
}
if (empty) {
  console.log("No schema changes.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const out = join(migDir, `${stamp}_${name}`);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "migration.sql"), `${sql}\n`);
writeFileSync(snapPath, schema);
writeFileSync(join(migDir, "migration_lock.toml"), `provider = "${provider}"\n`);
console.log(`wrote ${join(out, "migration.sql")}`);
