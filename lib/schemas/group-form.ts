import { z } from "zod";
import { GROUP_LIMITS } from "@/lib/limits";
import { idSchema } from "./live";
import { safeText } from "./text";

/**
 * The forms that create and edit an intervision group and its members. Issue messages are message
 * keys (lib/i18n), translated by the form. The server actions parse with these; so do the tests.
 */
export const groupFormSchema = z.object({
  name: safeText()
    .trim()
    .min(1, { message: "groups.errors.nameRequired" })
    .max(GROUP_LIMITS.groupName, { message: "groups.errors.nameTooLong" }),
  description: safeText({ multiline: true })
    .trim()
    .max(GROUP_LIMITS.groupDescription, { message: "groups.errors.descriptionTooLong" })
    .default(""),
  /** Days after which ended sessions are deleted automatically; empty keeps them. */
  retentionDays: z
    .string()
    .trim()
    .default("")
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(
      z
        .number({ message: "groups.errors.retentionInvalid" })
        .int({ message: "groups.errors.retentionInvalid" })
        .min(1, { message: "groups.errors.retentionInvalid" })
        .max(GROUP_LIMITS.retentionDays, { message: "groups.errors.retentionInvalid" })
        .nullable(),
    ),
});
export type GroupInput = z.infer<typeof groupFormSchema>;

export const editGroupSchema = groupFormSchema.extend({ groupId: idSchema });

const emailSchema = z.email();

/** An optional email address: empty means none; otherwise a real address, stored in lower case. */
const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(GROUP_LIMITS.email, { message: "groups.errors.memberEmailInvalid" })
  .refine((value) => value === "" || emailSchema.safeParse(value).success, {
    message: "groups.errors.memberEmailInvalid",
  })
  .default("")
  .transform((value) => (value === "" ? null : value));

export const memberFormSchema = z.object({
  name: safeText()
    .trim()
    .min(1, { message: "groups.errors.memberNameRequired" })
    .max(GROUP_LIMITS.memberName, { message: "groups.errors.memberNameTooLong" }),
  email: optionalEmailSchema,
});
export type MemberInput = z.infer<typeof memberFormSchema>;

export const addMemberSchema = memberFormSchema.extend({ groupId: idSchema });
export const editMemberSchema = memberFormSchema.extend({ groupId: idSchema, memberId: idSchema });
/** One member of one group: for "has left" and "member again". */
export const memberRefSchema = z.object({ groupId: idSchema, memberId: idSchema });
