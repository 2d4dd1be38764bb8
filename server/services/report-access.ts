import type { Db } from "@/server/db/client";
import { canUseGroup } from "./groups";
import { authenticateParticipant } from "./live/participants";

/**
 * Who may read a session's report: the facilitator who led it (of a group's session: while they may
 * still use the group), signed-in facilitators of its group,
 * and its participants with their participant credential (one who was removed from the session may
 * not). Share links are checked in share-links.ts. Everything else gets the same "not found".
 */
export type ReportReader = { kind: "lead" } | { kind: "group" } | { kind: "participant"; participantId: string };

/** How a signed-in facilitator may read the report, or null. */
export async function facilitatorReader(db: Db, userId: string, sessionId: string): Promise<ReportReader | null> {
  const session = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    select: { facilitatorId: true, groupId: true },
  });
  if (!session) return null;
  // A group's session is read only by who may use the group now, its lead included (session-access.ts).
  if (session.groupId !== null && !(await canUseGroup(db, userId, session.groupId))) return null;
  if (session.facilitatorId === userId) return { kind: "lead" };
  if (session.groupId !== null) return { kind: "group" };
  return null;
}

/** The participant whose credential (cookie value) this is, when they may read the report. */
export async function participantReader(
  db: Db,
  secret: string,
  sessionId: string,
  cookieValue: string | undefined,
): Promise<ReportReader | null> {
  const known = await authenticateParticipant(db, secret, sessionId, cookieValue);
  return known && !known.removed ? { kind: "participant", participantId: known.participant.id } : null;
}
