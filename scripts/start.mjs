#!/usr/bin/env node
// `npm start`: build when the build is missing or stale, then serve Kring (migrating and seeding
// its database on the way). See README.md.
import { spawn } from "node:child_process";
import { buildIfStale } from "./build-if-stale.mjs";

buildIfStale();
const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
