import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { pitchProposals } from "./proposal-pitches";
import { mutateSession } from "./transaction";

/**
 * A participant says, after joining, which member of the session's group they are. The join page
 * does not show the members (a join code alone must tell nobody who is in the group); the live view
 * does, to those who joined. One person per member; a choice once made stays (the facilitator can
 * remove a participant who chose wrongly). Guests simply never choose.
 */
export async function chooseMember(db: Db, sessionId: string, participantId: string, groupMemberId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true, groupId: true },
    });
    if (session.status === "ended") throw new KringError("session_ended");
    const participant = await tx.participant.findFirst({
      where: { id: participantId, sessionId, removedAt: null },
      select: { groupMemberId: true },
    });
    if (!participant) throw new KringError("removed");
    if (participant.groupMemberId === groupMemberId) return;
    if (participant.groupMemberId !== null) throw new KringError("member_chosen");
    const member = session.groupId
      ? await tx.groupMember.findFirst({ where: { id: groupMemberId, groupId: session.groupId, leftAt: null } })
      : null;
    if (!member) throw new KringError("member_unknown");
    const claimed = await tx.participant.findFirst({ where: { sessionId, groupMemberId, removedAt: null } });
    if (claimed) throw new KringError("member_taken");
    await tx.participant.update({ where: { id: participantId }, data: { groupMemberId } });
    // The cases this member brought in beforehand are theirs to pitch, if the pitches are on.
    await pitchProposals(tx, sessionId);
  });
}
