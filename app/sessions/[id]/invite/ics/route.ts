import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { sessionInvitationIcs } from "@/lib/report/ics";
import { idSchema } from "@/lib/schemas/live";
import { getDb } from "@/server/db/client";
import { sessionInvitation } from "@/server/services/sessions";
import { calendarInvitation } from "../invitation";

/** The group's calendar invitation to a planned session, for the facilitator who may lead it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const user = await requireFacilitator(`/sessions/${id.data}/invite`);
  const session = await sessionInvitation(getDb(), user.id, id.data);
  const invitation = session && session.status !== "ended" ? await calendarInvitation(session) : null;
  if (!invitation) return new Response("Not found", { status: 404 });
  return new Response(sessionInvitationIcs(invitation, new Date()), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="kring-uitnodiging.ics"',
      "Cache-Control": "no-store",
    },
  });
}
