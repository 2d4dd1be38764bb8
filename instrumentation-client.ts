/**
 * Runs in the browser before Kring's own code. zod's object schemas probe for `eval` when they are
 * built (`Function("")`, to compile faster parsers); under Kring's Content-Security-Policy (no
 * 'unsafe-eval') the probe is refused and reported as a violation. Without the probe zod uses its
 * plain parsers, the same results. The server has no such policy and keeps the compiled ones.
 *
 * zod keeps its settings on globalThis.__zod_globalConfig (zod/v4/core), so this sets `jitless`
 * there without importing zod: this file runs on every page, and most pages carry no zod at all
 * (lib/zod-jitless.test.ts checks that zod still reads it from there).
 */
import { makeZodJitless } from "@/lib/zod-jitless";

makeZodJitless();
