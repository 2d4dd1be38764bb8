import { z } from "zod";
import { emailSchema } from "./auth";
import { idSchema } from "./live";

/**
 * The forms that share a group with another facilitator ("begeleider"), take it back, or leave it.
 * The email address is normalised exactly as sign-up stores it (trimmed, lower case), so it finds
 * the account however it is typed.
 */
export const addFacilitatorSchema = z.object({ groupId: idSchema, email: emailSchema });
export type AddFacilitatorInput = z.infer<typeof addFacilitatorSchema>;

/** One co-facilitator of one group: for "remove". */
export const facilitatorRefSchema = z.object({ groupId: idSchema, userId: idSchema });

/** The group a co-facilitator leaves. */
export const leaveGroupSchema = z.object({ groupId: idSchema });

/** What the group page says after a remove or leave form came back to it (?facilitators=...). */
export const facilitatorOutcomes = ["removed", "gone", "forbidden", "ownerStays"] as const;
export type FacilitatorOutcome = (typeof facilitatorOutcomes)[number];
export const facilitatorOutcomeSchema = z.enum(facilitatorOutcomes).optional().catch(undefined);

/** ?left=1 on the list of groups: the facilitator just left a shared group. */
export const leftGroupSchema = z
  .literal("1")
  .optional()
  .catch(undefined)
  .transform((value) => value === "1");
