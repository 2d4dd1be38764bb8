#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests (Vitest, against a real database: scratch
// databases on DATABASE_URL's server, or in-memory embedded Postgres), then the end-to-end tests
// (Playwright, a real browser against the real server). Finds or installs a browser first.
// `--e2e-only` runs just the browser tests. Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { buildIfStale } from "./build-if-stale.mjs";

const args = process.argv.slice(2);
const e2eOnly = args.includes("--e2e-only");
const playwrightArgs = args.filter((arg) => arg !== "--e2e-only");
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: "inherit" });
  return result.status === 0;
}

function playwrightBrowser() {
  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Debian's chromium, else Playwright's own; installs one where it can; else says what to do. */
function ensureBrowser() {
  if (existsSync("/usr/bin/chromium") || playwrightBrowser()) return;
  console.log("No browser for the end-to-end tests yet: installing Chromium ...");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    if (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"]) && existsSync("/usr/bin/chromium"))
      return;
  }
  if (run("npx", ["--no-install", "playwright", "install", "chromium"]) && playwrightBrowser()) return;
  console.error(
    [
      "",
      "The end-to-end tests need Chromium, and none could be installed here.",
      "Install one, then run `npm test` again:",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium      (gives /usr/bin/chromium)",
      "  elsewhere:      npx playwright install chromium       (needs internet access)",
    ].join("\n"),
  );
  process.exit(1);
}

ensureBrowser();
// The server-process integration test and the browser tests both need the production build.
buildIfStale();
if (!e2eOnly && !run("npx", ["--no-install", "vitest", "run"])) process.exit(1);
if (!run("npx", ["--no-install", "playwright", "test", ...playwrightArgs])) process.exit(1);
