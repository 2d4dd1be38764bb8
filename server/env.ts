import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./http/forwarded";

/**
 * Kring's configuration, parsed once from the environment. Everything else reads it from here.
 * Empty strings count as unset, so `DATABASE_URL= npm start` means "use the embedded database".
 */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z
  .object({
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
    /**
     * Reverse proxies (comma-separated addresses or CIDR ranges) whose X-Forwarded-For/-Proto/-Host
     * Kring believes. Empty: none, forwarded headers are ignored.
     */
    KRING_TRUSTED_PROXIES: z.preprocess(
      (value) => (typeof value === "string" ? value : ""),
      z.string().transform((value, context): TrustedProxies => {
        try {
          return parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
          return z.NEVER;
        }
      }),
    ),
    /**
     * The address people reach Kring at, e.g. https://kring.example.org: links are made for it, and
     * when it is https cookies are Secure and HSTS is sent.
     */
    KRING_PUBLIC_URL: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "KRING_PUBLIC_URL must be an http:// or https:// URL" })
        .transform((value) => new URL(value))
        .optional(),
    ),
    /** For `npm run bench`: a file the server writes its memory and event-loop delay to, every second. */
    KRING_METRICS_FILE: z.preprocess(blankToUndefined, z.string().optional()),
    /** Log sign-ins, connections and errors to stdout. */
    KRING_LOG: z.preprocess(blankToUndefined, z.enum(["silent", "info", "debug"]).default("info")),
    /**
     * Several nodes: a Redis server they share (redis:// or rediss://). Broadcasts, presence, the
     * session cache's invalidation and the live and join limits then hold across nodes. Needs an
     * external database (DATABASE_URL): nodes cannot share the embedded one.
     */
    REDIS_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^rediss?$/, error: "REDIS_URL must be a redis:// or rediss:// URL" }).optional(),
    ),
    // Faults
    /** How long Kring waits at start for an external database (and Redis) that does not answer (0: try once). */
    KRING_DB_WAIT_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(3600).default(60)),
    /** How long a SIGTERM may take: past it, Kring exits anyway (commits in flight have had their chance). */
    KRING_STOP_TIMEOUT_SECONDS: z.preprocess(blankToUndefined, z.coerce.number().min(1).max(300).default(10)),
  })
  .refine((env) => !env.REDIS_URL || env.DATABASE_URL, {
    path: ["REDIS_URL"],
    message: "REDIS_URL (several nodes) needs DATABASE_URL: nodes cannot share the embedded database",
  })
  .refine((env) => !env.REDIS_URL || env.AUTH_SECRET, {
    path: ["REDIS_URL"],
    message: "REDIS_URL (several nodes) needs AUTH_SECRET, the same on every node: each signs what the others check",
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
