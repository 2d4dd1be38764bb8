"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import { actionStatusFormSchema } from "@/lib/schemas/action-overview";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { setActionPointStatus } from "@/server/services/group-actions";

/** The overview's address, keeping the owner filter, with what to say about the last change. */
function overviewUrl(groupId: string, params: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return `/groups/${groupId}/actions${query ? `?${query}` : ""}`;
}

/**
 * Marks an action point done, or open again, from a group's overview: a plain form, so it works
 * without JavaScript too. Access is checked again here; afterwards the overview shows what changed
 * (or why nothing did), with the same owner filter.
 */
export async function setActionStatusAction(formData: FormData): Promise<void> {
  const groupId = idSchema.safeParse(formData.get("groupId"));
  if (!groupId.success) notFound();
  const user = await requireFacilitator(overviewUrl(groupId.data, {}));
  const parsed = actionStatusFormSchema.safeParse({
    groupId: groupId.data,
    actionPointId: formData.get("actionPointId"),
    status: formData.get("status"),
    owner: formData.get("owner") || undefined,
  });
  if (!parsed.success) redirect(overviewUrl(groupId.data, { refused: "bad_request" }));
  const { owner, ...input } = parsed.data;
  let refused = false;
  try {
    await setActionPointStatus(getDb(), user.id, input);
  } catch (error) {
    if (!(error instanceof KringError && error.code === "not_found")) throw error;
    refused = true;
  }
  revalidatePath(`/groups/${input.groupId}/actions`);
  redirect(
    overviewUrl(input.groupId, refused ? { owner, refused: "not_found" } : { owner, changed: input.actionPointId }),
  );
}
