import { z } from "zod";

/**
 * Kring's configuration, parsed once from the environment. Everything else reads it from here.
 * Empty strings count as unset, so `DATABASE_URL= npm start` means "use the embedded database".
 */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  DATABASE_POOL_MAX: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).optional()),
  AUTH_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(blankToUndefined, z.string().default("0.0.0.0")),
  /** Where the embedded database, the generated auth secret and other local state live. */
  KRING_DATA_DIR: z.preprocess(blankToUndefined, z.string().default(".data")),
  /** Extra origins (comma-separated) allowed to open the live channel, e.g. a public URL behind a proxy. */
  KRING_ALLOWED_ORIGINS: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [],
    z.array(z.url()),
  ),
  /** For `npm run bench`: a file the server writes its memory and event-loop delay to, every second. */
  KRING_METRICS_FILE: z.preprocess(blankToUndefined, z.string().optional()),
  /** Log sign-ins, connections and errors to stdout. */
  KRING_LOG: z.preprocess(blankToUndefined, z.enum(["silent", "info", "debug"]).default("info")),
});

export type KringEnv = z.infer<typeof envSchema>;

/** Parses the environment; throws with every problem listed when it is invalid. */
export function parseEnv(source: Record<string, string | undefined> = process.env): KringEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Kring's configuration is invalid:\n${problems}`);
  }
  return result.data;
}
