import type { ParticipantRole } from "@/lib/domain/reaction-rules";
import type { Db } from "@/server/db/client";
import { presentParticipant } from "./participants";
import { mutateSession } from "./transaction";

/**
 * The facilitator hands a role to a participant. There is one case owner and one note taker at a
 * time: giving the role to someone else takes it from whoever had it.
 */
export async function assignRole(db: Db, sessionId: string, participantId: string, role: ParticipantRole) {
  return mutateSession(db, sessionId, async (tx) => {
    await presentParticipant(tx, sessionId, participantId);
    if (role !== "participant") {
      await tx.participant.updateMany({ where: { sessionId, role }, data: { role: "participant" } });
    }
    await tx.participant.update({ where: { id: participantId }, data: { role } });
  });
}
