import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests in a real browser against the real server (server/index.ts) on a fresh database:
 * an embedded one in a new temporary folder, or the DATABASE_URL server when set.
 * scripts/test.mjs builds the app and finds a browser first.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
// Set once in the main process; workers inherit it, so all agree on the folder.
process.env.KRING_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "kring-e2e-"));

const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // On CI one more try, so that a test that lost a race with a busy 2-core machine once does not
  // hold back a whole submission; the list reporter marks such a test "flaky", and each flaky
  // test is a bug to find (as the insights test's start/end race was). Locally never.
  retries: process.env.CI ? 1 : 0,
  // Budgets, not waits: a test goes on as soon as what it waits for is on screen, and only a test
  // that is stuck uses them up. A test of one screen has a minute; a flow with several people's
  // screens marks itself test.slow() (three minutes). Both hold on a busy 2-core machine (the README
  // says how long the suite took with both cores kept busy by another job).
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    viewport: { width: 1366, height: 768 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node --import tsx server/index.ts",
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      KRING_DATA_DIR: process.env.KRING_E2E_DATA_DIR,
      KRING_LOG: "silent",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      // On PostgreSQL with Redis (CI's second run), the server runs as a node of a cluster.
      ...(process.env.DATABASE_URL && process.env.REDIS_URL
        ? { REDIS_URL: process.env.REDIS_URL, AUTH_SECRET: "e2e-secret-that-is-long-enough-for-kring-nodes" }
        : {}),
    },
  },
});
