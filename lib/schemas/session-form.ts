import { z } from "zod";
import { LIMITS } from "@/lib/limits";
import { safeText } from "./text";

/** "YYYY-MM-DDTHH:mm" that names a real minute of a year near now (the browser's datetime-local). */
export function isPlannedFor(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  );
}

/** When a session is planned, as Dutch wall-clock time; empty means not planned. */
export const plannedForSchema = safeText()
  .trim()
  .max(16, { message: "sessions.errors.plannedForInvalid" })
  .refine((value) => value === "" || isPlannedFor(value), { message: "sessions.errors.plannedForInvalid" })
  .transform((value) => (value === "" ? null : value));

/** The form that plans a session on a date (its invitation page). */
export const invitationFormSchema = z.object({ plannedFor: plannedForSchema });

/** The form that prepares a session. Messages are message keys. */
export const newSessionSchema = z.object({
  title: safeText()
    .trim()
    .min(1, { message: "sessions.errors.titleRequired" })
    .max(LIMITS.sessionTitle, { message: "sessions.errors.titleTooLong" }),
  methodId: safeText().min(1, { message: "sessions.errors.methodUnknown" }).max(64),
  deckId: safeText()
    .max(64)
    .transform((value) => (value === "" ? null : value)),
  /** The intervision group the session is for; empty means none. Whether it may be used is the server's call. */
  groupId: safeText()
    .max(64, { message: "sessions.errors.groupUnknown" })
    .default("")
    .transform((value) => (value === "" ? null : value)),
  agreements: safeText({ multiline: true })
    .trim()
    .max(LIMITS.agreements, { message: "sessions.errors.agreementsTooLong" }),
  anonymous: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  plannedFor: plannedForSchema.default(""),
});

export const joinFormSchema = z.object({
  displayName: safeText()
    .trim()
    .min(1, { message: "join.errors.nameRequired" })
    .max(LIMITS.displayName, { message: "join.errors.nameTooLong" }),
  accept: z.literal("on", { message: "join.errors.mustAccept" }),
  /**
   * Which member of the session's group the participant is, or "guest" (the default). Whether the id
   * is a current member of this session's group is the server's call.
   */
  groupMemberId: safeText()
    .max(64, { message: "join.errors.memberUnknown" })
    .default("guest")
    .transform((value) => (value === "" || value === "guest" ? null : value)),
});
