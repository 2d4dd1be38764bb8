import { z } from "zod";
import { LIMITS } from "@/lib/limits";
import { safeText } from "./text";

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
