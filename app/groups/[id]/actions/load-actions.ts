import { notFound } from "next/navigation";
import { cache } from "react";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { loadGroupActions } from "@/server/services/group-actions";

const load = cache(async (groupId: string) => {
  const user = await requireFacilitator(`/groups/${groupId}/actions`);
  try {
    return await loadGroupActions(getDb(), user.id, groupId);
  } catch (error) {
    if (error instanceof KringError && error.code === "not_found") notFound();
    throw error;
  }
});

/**
 * The group's action points for the signed-in facilitator, loaded once per request (page and title).
 * A group that does not exist and one that is not theirs give the same "page not found".
 */
export async function loadActionsPage(params: Promise<{ id: string }>) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return load(parsed.data);
}
