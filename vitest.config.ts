import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,server,scripts}/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./scripts/vitest-global-setup.ts"],
    // Integration tests start databases (PGlite or scratch Postgres databases): give them time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep parallel files few so embedded databases do not starve each other.
    maxWorkers: 2,
  },
});
