import { z } from "zod";
import { idSchema } from "./live";
import { safeText } from "./text";

/**
 * The forms on a report that the facilitator who led the session uses: share links, and erasure.
 * Issue messages are message keys (lib/i18n).
 */

export const shareCreateSchema = z.object({
  sessionId: idSchema,
  validity: z
    .enum(["7", "30", "90", "forever"], { message: "errors.badRequest" })
    .transform((value) => (value === "forever" ? null : Number(value))),
});

export const shareRevokeSchema = z.object({ sessionId: idSchema, linkId: idSchema });

/** A destructive step: the box "yes, I am sure" must be ticked. */
const confirmed = z.literal("on", { message: "privacy.errors.confirm" });

export const eraseParticipantSchema = z.object({
  sessionId: idSchema,
  participantId: safeText({ message: "privacy.errors.choose" }).min(1, { message: "privacy.errors.choose" }).max(64),
  confirm: confirmed,
});
export const deleteSessionSchema = z.object({ sessionId: idSchema, confirm: confirmed });
