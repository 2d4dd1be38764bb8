import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Passwords that are among the ~49,000 most common ones (zxcvbn's list), or one of them with digits
 * and symbols before or after it and other capitals (`Password1!`, `2024welkom`): those are the
 * first ones any guessing tries. Kept on the server: the list is too large to send to the browser.
 */
let common: Set<string> | undefined;

const EDGES = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  const lower = password.toLowerCase();
  const core = lower.replace(EDGES, "");
  return common.has(lower) || core.length < 4 || common.has(core);
}
