import { z } from "zod";

/** A path on this site ("/dashboard"), never another site ("//evil.example", "https://..."): no open redirects. */
export const localPathSchema = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s\\]*$/);

/** `value` when it is a local path, else `fallback`. */
export function localPathOr(value: unknown, fallback: string): string {
  const parsed = localPathSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
