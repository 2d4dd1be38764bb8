import { spawnSync } from "node:child_process";

/**
 * Integration tests that start the real server process need the production build. Build once here,
 * before any test file runs (the test files run in parallel and must not build at the same time).
 * KRING_TEST_NO_BUILD=1 skips it, for running a few tests that do not start the server.
 */
export default function setup() {
  if (process.env.KRING_TEST_NO_BUILD === "1") return;
  const result = spawnSync("node", ["scripts/build-if-stale.mjs"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}
