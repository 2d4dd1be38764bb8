/**
 * Checks for what a screen reads back from its own browser storage (a draft, a folded panel).
 * Written by Kring itself, it is still read as untrusted: another version of Kring, or a person
 * with the developer tools, may have left anything there; what does not fit is ignored. Small
 * functions rather than zod: they run in every participant's browser, and zod would be a fifth of
 * the page's JavaScript. Everything a screen sends is checked again by the server, with zod.
 */
export type StoredCheck<T> = (value: unknown) => T | undefined;

export const storedBoolean: StoredCheck<boolean> = (value) => (typeof value === "boolean" ? value : undefined);

export const storedText =
  (max: number): StoredCheck<string> =>
  (value) =>
    typeof value === "string" && value.length <= max ? value : undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const storedUuid: StoredCheck<string> = (value) =>
  typeof value === "string" && UUID.test(value) ? value : undefined;

/** An object with exactly these checked fields (others are dropped); undefined when one does not fit. */
export function storedRecord<T extends Record<string, unknown>>(shape: { [K in keyof T]: StoredCheck<T[K]> }) {
  return (value: unknown): T | undefined => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const result: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T)[]) {
      const field = shape[key]((value as Record<keyof T, unknown>)[key]);
      if (field === undefined) return undefined;
      result[key] = field;
    }
    return result as T;
  };
}
