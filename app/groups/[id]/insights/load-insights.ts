import { notFound } from "next/navigation";
import { cache } from "react";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { loadGroupInsights } from "@/server/services/insights";

/** Loaded once per request (page and title), as of the moment of the request. */
const load = cache(async (groupId: string) => {
  const user = await requireFacilitator(`/groups/${groupId}/insights`);
  const insights = await loadGroupInsights(getDb(), user.id, groupId, new Date());
  if (!insights) notFound();
  return insights;
});

/**
 * A group's insights for the signed-in facilitator who may use the group (own or shared). An id that
 * is malformed, unknown or someone else's gives the same "page not found".
 */
export async function groupInsightsFor(params: Promise<{ id: string }>) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return load(parsed.data);
}
