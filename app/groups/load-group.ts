import { notFound } from "next/navigation";
import { cache } from "react";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { getGroup } from "@/server/services/groups";

/** Loaded once per request, for the page and its title. */
const loadGroup = cache(async (groupId: string, returnTo: string) => {
  const user = await requireFacilitator(returnTo);
  try {
    return { user, group: await getGroup(getDb(), user.id, groupId) };
  } catch (error) {
    if (error instanceof KringError && error.code === "not_found") notFound();
    throw error;
  }
});

/**
 * The group a page is about, for the signed-in facilitator. A group that does not exist and one that
 * is not theirs give the same "page not found".
 */
export async function loadGroupPage(params: Promise<{ id: string }>, returnTo: (id: string) => string) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return loadGroup(parsed.data, returnTo(parsed.data));
}
