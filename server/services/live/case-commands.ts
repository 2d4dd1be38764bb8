import { caseCapRefusal } from "@/lib/domain/caps";
import { checkPost } from "@/lib/domain/reaction-rules";
import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { sessionItemCounts } from "./item-counts";
import { presentParticipant } from "./participants";
import { runningPhase, sessionWithPhases } from "./session-row";
import { mutateSession } from "./transaction";

export interface CasePitch {
  clientId: string;
  title: string;
  question: string;
}

/**
 * A participant brings in a case, in a phase that takes pitches (within its quota and who-may-post
 * rule). A retried pitch with the same client id stores once.
 */
export async function pitchCase(db: Db, sessionId: string, participantId: string, pitch: CasePitch) {
  return mutateSession(db, sessionId, async (tx) => {
    const stored = await tx.case.findUnique({ where: { clientId: pitch.clientId } });
    if (stored) {
      if (stored.sessionId !== sessionId || stored.ownerId !== participantId) throw new KringError("bad_request");
      return { caseId: stored.id };
    }
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    const participant = await presentParticipant(tx, sessionId, participantId);
    const pitchesSoFar = await tx.case.count({ where: { sessionId, ownerId: participantId } });
    const verdict = checkPost(phase.rules, participant.role, "pitch", pitchesSoFar);
    if (!verdict.ok) throw new KringError(verdict.code);
    const counts = await sessionItemCounts(tx, sessionId);
    const capped = caseCapRefusal({ casesInSession: counts.cases, inSession: counts.inSession });
    if (capped) throw new KringError(capped);
    // Where only the case owner brings in (a Socratic conversation), their case is the case.
    const theCase = phase.rules.whoMayPost === "owner_only" && participant.role === "case_owner";
    if (theCase) await tx.case.updateMany({ where: { sessionId, status: "chosen" }, data: { status: "set_aside" } });
    const created = await tx.case.create({
      data: {
        clientId: pitch.clientId,
        sessionId,
        ownerId: participantId,
        title: pitch.title,
        question: pitch.question,
        status: theCase ? "chosen" : "pitched",
      },
    });
    return { caseId: created.id };
  });
}

/** A participant's vote for a pitched case, while the group chooses; voting again moves the vote. */
export async function voteForCase(
  db: Db,
  sessionId: string,
  participantId: string,
  input: { clientId: string; caseId: string },
) {
  return mutateSession(db, sessionId, async (tx) => {
    const phase = runningPhase(await sessionWithPhases(tx, sessionId));
    await presentParticipant(tx, sessionId, participantId);
    const target = await tx.case.findFirst({ where: { id: input.caseId, sessionId } });
    if (!target) throw new KringError("not_found");
    if (target.status !== "pitched") throw new KringError("case_closed");
    if (phase.kind !== "choose_case") throw new KringError("not_choosing");
    const stored = await tx.vote.findUnique({ where: { clientId: input.clientId } });
    if (stored) return;
    await tx.vote.deleteMany({ where: { voterId: participantId, caseId: { not: null } } });
    await tx.vote.create({ data: { clientId: input.clientId, voterId: participantId, caseId: target.id } });
  });
}

/**
 * The facilitator settles on a case (the group's vote, or their own pick): its owner becomes the
 * case owner, the other pitches are set aside. Choosing again moves the case and the role.
 */
export async function chooseCase(db: Db, sessionId: string, caseId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await sessionWithPhases(tx, sessionId);
    if (session.status === "ended") throw new KringError("session_ended");
    const target = await tx.case.findFirst({ where: { id: caseId, sessionId } });
    if (!target) throw new KringError("not_found");
    await presentParticipant(tx, sessionId, target.ownerId);
    await tx.case.updateMany({ where: { sessionId, id: { not: caseId } }, data: { status: "set_aside" } });
    await tx.case.update({ where: { id: caseId }, data: { status: "chosen" } });
    await tx.participant.updateMany({ where: { sessionId, role: "case_owner" }, data: { role: "participant" } });
    await tx.participant.update({ where: { id: target.ownerId }, data: { role: "case_owner" } });
  });
}
