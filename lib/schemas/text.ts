import { z } from "zod";
import type { ErrorCode } from "@/lib/errors";

/**
 * Text people type, checked at the zod boundary so that no control character ever reaches the
 * database, a log, an export or another person's screen.
 *
 * Refused, with a translated message: C0 controls (NUL, BEL, ESC, a bare CR after line breaks are
 * normalised...) except a tab and a line break where a multi-line text allows them, DEL, C1
 * controls, lone surrogate halves (not valid UTF-8: PostgreSQL refuses them), the bidirectional
 * embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069: they can make a name or
 * a reaction read as something else), and U+E000/U+E001, the archive's own hit markers.
 * Line breaks are normalised first: CRLF and a lone CR become LF.
 */
export const CONTROL_CHARACTERS_MESSAGE = "textHygiene.controlCharacters";
export const CONTROL_CHARACTERS_CODE: ErrorCode = "text_control_characters";

// Built from strings: a regex literal with control characters in it is easy to misread.
const ALWAYS = "\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069\\uE000\\uE001";
const SINGLE_LINE_FORBIDDEN = new RegExp(`[\\p{Cc}${ALWAYS}]`, "u");
const MULTI_LINE_FORBIDDEN = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${ALWAYS}]`, "u");

export function normaliseLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, "\n");
}

/** Whether a text holds a character that `safeText` refuses. */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(normaliseLineBreaks(value));
}

/**
 * A string schema for user text; chain `.trim().min().max()` on it as on `z.string()`.
 * `multiline`: tabs and line breaks are allowed (reactions, notes, agreements, descriptions).
 */
export function safeText(options: { multiline?: boolean; message?: string } = {}) {
  const multiline = options.multiline ?? false;
  return z
    .string(options.message === undefined ? undefined : { message: options.message })
    .overwrite(normaliseLineBreaks)
    .refine((value) => !hasControlCharacters(value, multiline), { message: CONTROL_CHARACTERS_MESSAGE, abort: true });
}

/** The code to refuse a payload that failed its schema with: a specific one for control characters. */
export function refusalCodeOf(error: z.ZodError): ErrorCode {
  return error.issues.some((issue) => issue.message === CONTROL_CHARACTERS_MESSAGE)
    ? CONTROL_CHARACTERS_CODE
    : "bad_request";
}
