"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translate";
import {
  addFacilitatorSchema,
  type FacilitatorOutcome,
  facilitatorRefSchema,
  leaveGroupSchema,
} from "@/lib/schemas/group-facilitators";
import { getDb } from "@/server/db/client";
import {
  type AddFacilitatorResult,
  addGroupFacilitator,
  leaveGroup,
  removeGroupFacilitator,
} from "@/server/services/group-facilitators";

const field = (formData: FormData, name: string) => formData.get(name) ?? "";

const refusalKeys: Record<Extract<AddFacilitatorResult, { ok: false }>["code"], MessageKey> = {
  no_account: "groupFacilitators.errors.noAccount",
  already_shares: "groupFacilitators.errors.alreadyShares",
  is_owner: "groupFacilitators.errors.isOwner",
};

/** Shares the group with the facilitator who has an account with that email; stays on the group page. */
export async function addFacilitatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/groups");
  const values = textValues(formData, ["email"]);
  const parsed = addFacilitatorSchema.safeParse({
    groupId: field(formData, "groupId"),
    email: field(formData, "email"),
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { groupId, email } = parsed.data;
  let result: AddFacilitatorResult;
  try {
    result = await addGroupFacilitator(getDb(), user.id, groupId, email);
  } catch (error) {
    if (!(error instanceof KringError && (error.code === "not_found" || error.code === "forbidden"))) throw error;
    const key = error.code === "forbidden" ? "groupFacilitators.errors.ownerOnly" : "errors.notFound";
    return { ...emptyFormState, formError: { key }, values };
  }
  if (!result.ok) return { ...emptyFormState, fieldErrors: { email: refusalKeys[result.code] }, values };
  revalidatePath(`/groups/${groupId}`);
  return { ...emptyFormState, notice: { key: "groupFacilitators.added", vars: { name: result.facilitator.name } } };
}

/**
 * Runs the owner's or the co-facilitator's change from a plain form (so it works without
 * JavaScript): a group the facilitator may not use is "page not found", as on its page; any other
 * refusal comes back to the group page, which says what happened.
 */
async function changeSharing(
  groupId: string,
  change: () => Promise<FacilitatorOutcome | "left">,
  forbidden: FacilitatorOutcome,
) {
  let outcome: FacilitatorOutcome | "left";
  try {
    outcome = await change();
  } catch (error) {
    if (!(error instanceof KringError)) throw error;
    if (error.code === "not_found") notFound();
    if (error.code !== "forbidden") throw error;
    outcome = forbidden;
  }
  revalidatePath(`/groups/${groupId}`);
  revalidatePath("/groups");
  redirect(outcome === "left" ? "/groups?left=1" : `/groups/${groupId}?facilitators=${outcome}`);
}

/** The owner stops sharing the group with a co-facilitator; what that facilitator led stays. */
export async function removeFacilitatorAction(formData: FormData): Promise<void> {
  const parsed = facilitatorRefSchema.safeParse({ groupId: formData.get("groupId"), userId: formData.get("userId") });
  if (!parsed.success) notFound();
  const { groupId, userId } = parsed.data;
  const user = await requireFacilitator(`/groups/${groupId}`);
  await changeSharing(
    groupId,
    async () => ((await removeGroupFacilitator(getDb(), user.id, groupId, userId)) ? "removed" : "gone"),
    "forbidden",
  );
}

/** A co-facilitator stops sharing the group, and lands on their list of groups. */
export async function leaveGroupAction(formData: FormData): Promise<void> {
  const parsed = leaveGroupSchema.safeParse({ groupId: formData.get("groupId") });
  if (!parsed.success) notFound();
  const { groupId } = parsed.data;
  const user = await requireFacilitator(`/groups/${groupId}`);
  await changeSharing(
    groupId,
    async () => {
      await leaveGroup(getDb(), user.id, groupId);
      return "left";
    },
    "ownerStays",
  );
}
