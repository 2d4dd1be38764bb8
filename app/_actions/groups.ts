"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import {
  addMemberSchema,
  editGroupSchema,
  editMemberSchema,
  groupFormSchema,
  memberRefSchema,
} from "@/lib/schemas/group-form";
import { getDb } from "@/server/db/client";
import {
  addMember,
  createGroup,
  markMemberLeft,
  restoreMember,
  updateGroup,
  updateMember,
} from "@/server/services/groups";

const field = (formData: FormData, name: string) => formData.get(name) ?? "";

/**
 * Runs a change; a group or member that is gone or not the facilitator's becomes the form's
 * "does not exist (any more)" message, the same answer either way.
 */
async function refusedAsNotFound(change: () => Promise<unknown>, values: FormState["values"] = {}) {
  try {
    await change();
    return null;
  } catch (error) {
    if (error instanceof KringError && (error.code === "not_found" || error.code === "forbidden")) {
      const key = error.code === "forbidden" ? "groups.errors.retentionOwnerOnly" : "errors.notFound";
      return { ...emptyFormState, formError: { key }, values } satisfies FormState;
    }
    throw error;
  }
}

/** Creates a group owned by the facilitator, then shows it. */
export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/groups/new");
  const values = textValues(formData, ["name", "description", "retentionDays"]);
  const parsed = groupFormSchema.safeParse({
    name: field(formData, "name"),
    description: field(formData, "description"),
    retentionDays: field(formData, "retentionDays"),
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id } = await createGroup(getDb(), user.id, parsed.data);
  redirect(`/groups/${id}`);
}

/** Renames a group and changes its description, then shows it. */
export async function updateGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/groups");
  const values = textValues(formData, ["name", "description", "retentionDays"]);
  const parsed = editGroupSchema.safeParse({
    groupId: field(formData, "groupId"),
    name: field(formData, "name"),
    description: field(formData, "description"),
    retentionDays: field(formData, "retentionDays"),
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { groupId, ...input } = parsed.data;
  // Only the owner's form has the field; without it the retention period stays as it is.
  const retentionDays = formData.has("retentionDays") ? input.retentionDays : undefined;
  const refused = await refusedAsNotFound(
    () => updateGroup(getDb(), user.id, groupId, { ...input, retentionDays }),
    values,
  );
  if (refused) return refused;
  revalidatePath(`/groups/${groupId}`);
  redirect(`/groups/${groupId}`);
}

/** Adds a member and stays on the group page, with an empty form for the next one. */
export async function addMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/groups");
  const values = textValues(formData, ["name", "email"]);
  const parsed = addMemberSchema.safeParse({
    groupId: field(formData, "groupId"),
    name: field(formData, "name"),
    email: field(formData, "email"),
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { groupId, ...input } = parsed.data;
  const refused = await refusedAsNotFound(() => addMember(getDb(), user.id, groupId, input), values);
  if (refused) return refused;
  revalidatePath(`/groups/${groupId}`);
  return { ...emptyFormState, notice: { key: "groups.members.added", vars: { name: input.name } } };
}

/** Changes a member's name or email address. */
export async function updateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/groups");
  const values = textValues(formData, ["name", "email"]);
  const parsed = editMemberSchema.safeParse({
    groupId: field(formData, "groupId"),
    memberId: field(formData, "memberId"),
    name: field(formData, "name"),
    email: field(formData, "email"),
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { groupId, memberId, ...input } = parsed.data;
  const refused = await refusedAsNotFound(() => updateMember(getDb(), user.id, groupId, memberId, input), values);
  if (refused) return refused;
  revalidatePath(`/groups/${groupId}`);
  return emptyFormState;
}

async function changeMembership(formData: FormData, change: typeof markMemberLeft): Promise<FormState> {
  const user = await requireFacilitator("/groups");
  const parsed = memberRefSchema.safeParse({
    groupId: field(formData, "groupId"),
    memberId: field(formData, "memberId"),
  });
  if (!parsed.success) return { ...emptyFormState, formError: { key: "errors.notFound" } };
  const { groupId, memberId } = parsed.data;
  const refused = await refusedAsNotFound(() => change(getDb(), user.id, groupId, memberId));
  if (refused) return refused;
  revalidatePath(`/groups/${groupId}`);
  return emptyFormState;
}

/** Marks a member as having left the group; their history stays. */
export async function leaveMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeMembership(formData, markMemberLeft);
}

/** Makes a former member a member again. */
export async function restoreMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return changeMembership(formData, restoreMember);
}
