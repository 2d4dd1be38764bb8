import type { ParticipantRole } from "@/lib/domain/reaction-rules";
import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { presentParticipant } from "./participants";
import { mutateSession } from "./transaction";

/**
 * The facilitator hands a role to a participant. There is one case owner and one note taker at a
 * time: giving the role to someone else takes it from whoever had it.
 */
export async function assignRole(db: Db, sessionId: string, participantId: string, role: ParticipantRole) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true },
    });
    if (session.status === "ended") throw new KringError("session_ended");
    await presentParticipant(tx, sessionId, participantId);
    if (role !== "participant") {
      await tx.participant.updateMany({ where: { sessionId, role }, data: { role: "participant" } });
    }
    await tx.participant.update({ where: { id: participantId }, data: { role } });
  });
}
