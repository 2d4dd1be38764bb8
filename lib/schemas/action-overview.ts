import { z } from "zod";
import type { OwnerKey } from "@/lib/domain/action-overview";
import { idSchema } from "./live";
import { safeText } from "./text";

/** The owner filter of a group's action-point overview, from its search parameters. */
export const ownerKeySchema = safeText()
  .max(200)
  .regex(/^(member:.+|name:.+|none)$/)
  .transform((value) => value as OwnerKey);

/** The overview's search parameters: a repeated or malformed value counts as not given. */
export const overviewSearchSchema = z.object({
  owner: ownerKeySchema.optional().catch(undefined),
  /** The point just marked done or reopened, to say so. */
  changed: idSchema.optional().catch(undefined),
  /** Why the last change was refused. */
  refused: z.enum(["not_found", "bad_request"]).optional().catch(undefined),
});

/** Marking a point done, or open again, from the overview (a form that works without JavaScript). */
export const actionStatusFormSchema = z.object({
  groupId: idSchema,
  actionPointId: idSchema,
  status: z.enum(["done", "open"]),
  /** The owner filter to return to; a bad one is dropped. */
  owner: ownerKeySchema.optional().catch(undefined),
});
export type ActionStatusInput = z.infer<typeof actionStatusFormSchema>;
