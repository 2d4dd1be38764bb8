/**
 * Every error code Kring sends to a client, with the message key that explains it to a person.
 * Codes travel in acks and form results; the UI translates the key (lib/i18n).
 */
export const errorMessageKeys = {
  bad_request: "errors.badRequest",
  unauthenticated: "errors.unauthenticated",
  forbidden: "errors.forbidden",
  not_found: "errors.notFound",
  too_large: "errors.tooLarge",
  rate_limited: "errors.rateLimited",
  conflict: "errors.conflict",
  internal: "errors.internal",
} as const;

export type ErrorCode = keyof typeof errorMessageKeys;

export type Result<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };
