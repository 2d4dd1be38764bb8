import { notFound } from "next/navigation";
import { z } from "zod";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { getDb } from "@/server/db/client";
import { canUseGroup } from "@/server/services/groups";
import { loadReport } from "@/server/services/report";

/**
 * The report of a session for the signed-in facilitator who led it, or who shares its group.
 * Anything else (an unknown id, someone else's session) is "not found", with no hint of what exists.
 */
export async function reportForFacilitator(params: Promise<{ id: string }>, returnTo: (id: string) => string) {
  const parsed = z.object({ id: z.string().min(1).max(64) }).safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requireFacilitator(returnTo(parsed.data.id));
  const session = await getDb().intervisionSession.findUnique({
    where: { id: parsed.data.id },
    select: { facilitatorId: true, groupId: true },
  });
  const allowed =
    session !== null &&
    (session.facilitatorId === user.id ||
      (session.groupId !== null && (await canUseGroup(getDb(), user.id, session.groupId))));
  if (!allowed) notFound();
  const report = await loadReport(getDb(), parsed.data.id);
  if (!report) notFound();
  return report;
}
