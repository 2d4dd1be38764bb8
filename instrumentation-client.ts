import { z } from "zod";

/**
 * Runs in the browser before Kring's own code. zod's object schemas probe for `eval` when they are
 * built (`Function("")`, to compile faster parsers); under Kring's Content-Security-Policy (no
 * 'unsafe-eval') the probe is refused and reported as a violation. Without the probe zod uses its
 * plain parsers, the same results. The server has no such policy and keeps the compiled ones.
 */
z.config({ jitless: true });
