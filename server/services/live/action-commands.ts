import { actionPointCapRefusal } from "@/lib/domain/caps";
import { isInThePast } from "@/lib/domain/due-date";
import { type ActionPointStatus, mayChangeActionPoint } from "@/lib/domain/intervision";
import { KringError } from "@/lib/errors";
import type { ActionOwnerInput } from "@/lib/schemas/live";
import type { Db } from "@/server/db/client";
import { sessionItemCounts } from "./item-counts";
import { presentParticipant } from "./participants";
import { sessionWithPhases } from "./session-row";
import { type Actor, mutateSession, type Tx } from "./transaction";

export interface NewActionPoint {
  clientId: string;
  text: string;
  owner: ActionOwnerInput;
  dueDate: string | null;
  sourceReactionId: string | null;
}

export interface ActionPointChange {
  actionPointId: string;
  text?: string;
  owner?: ActionOwnerInput;
  dueDate?: string | null;
  status?: ActionPointStatus;
}

/** The owner as stored: a participant of this session or a current member of its group. */
async function resolveOwner(tx: Tx, session: { id: string; groupId: string | null }, owner: ActionOwnerInput) {
  if (owner === null) return { ownerParticipantId: null, ownerMemberId: null, ownerName: "" };
  if (owner.kind === "participant") {
    const participant = await tx.participant.findFirst({
      where: { id: owner.id, sessionId: session.id, removedAt: null },
    });
    if (!participant) throw new KringError("owner_unknown");
    return {
      ownerParticipantId: participant.id,
      ownerMemberId: participant.groupMemberId,
      ownerName: participant.displayName,
    };
  }
  const member = session.groupId
    ? await tx.groupMember.findFirst({ where: { id: owner.id, groupId: session.groupId, leftAt: null } })
    : null;
  if (!member) throw new KringError("owner_unknown");
  return { ownerParticipantId: null, ownerMemberId: member.id, ownerName: member.name };
}

function checkDueDate(dueDate: string | null | undefined) {
  if (dueDate && isInThePast(dueDate, new Date())) throw new KringError("due_in_past");
}

/** Who is acting (a participant must still be in the session), with the group member they said they are. */
async function actorWithMember(tx: Tx, sessionId: string, actor: Actor) {
  if (actor.role === "lead") return { role: "lead" as const };
  const participant = await presentParticipant(tx, sessionId, actor.participantId);
  return { role: "participant" as const, participantId: participant.id, groupMemberId: participant.groupMemberId };
}

/**
 * A new action point: written fresh or made from a reaction, with an owner (a participant or a
 * group member), a due date (today or later) and status open. The facilitator adds them at any
 * moment; participants in the action-points phase. A retried add with the same client id stores once.
 */
export async function addActionPoint(db: Db, sessionId: string, actor: Actor, input: NewActionPoint) {
  return mutateSession(db, sessionId, async (tx) => {
    const stored = await tx.actionPoint.findUnique({ where: { clientId: input.clientId } });
    if (stored) {
      if (stored.sessionId !== sessionId) throw new KringError("bad_request");
      return { actionPointId: stored.id };
    }
    const session = await sessionWithPhases(tx, sessionId);
    if (session.status === "ended") throw new KringError("session_ended");
    if (session.status !== "running") throw new KringError("session_not_started");
    await actorWithMember(tx, sessionId, actor);
    const phase = session.currentPhaseIndex === null ? null : session.phases[session.currentPhaseIndex];
    if (actor.role === "participant" && phase?.kind !== "action_points") throw new KringError("actions_closed");
    checkDueDate(input.dueDate);
    const owner = await resolveOwner(tx, session, input.owner);
    let sourceReactionId: string | null = null;
    if (input.sourceReactionId) {
      const source = await tx.reaction.findFirst({ where: { id: input.sourceReactionId, sessionId } });
      if (source?.visibility !== "revealed") throw new KringError("not_found");
      // An anonymous reaction is not linked: the link beside the point's owner (often the one who
      // made it) could say who wrote it, to everyone who sees the action points.
      sourceReactionId = source.anonymous ? null : source.id;
    }
    const counts = await sessionItemCounts(tx, sessionId);
    const capped = actionPointCapRefusal({ actionPointsInSession: counts.actionPoints, inSession: counts.inSession });
    if (capped) throw new KringError(capped);
    const chosen = await tx.case.findFirst({ where: { sessionId, status: "chosen" }, select: { id: true } });
    const created = await tx.actionPoint.create({
      data: {
        clientId: input.clientId,
        sessionId,
        groupId: session.groupId,
        text: input.text,
        ...owner,
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
        sourceReactionId,
        sourceCaseId: chosen?.id ?? null,
      },
    });
    return { actionPointId: created.id };
  });
}

/**
 * Changes an action point of this session, or an earlier one of the same group (looking back):
 * the facilitator any of them, a participant their own.
 */
export async function updateActionPoint(db: Db, sessionId: string, actor: Actor, change: ActionPointChange) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { id: true, status: true, groupId: true },
    });
    if (session.status === "ended") throw new KringError("session_ended");
    const point = await tx.actionPoint.findFirst({
      where: {
        id: change.actionPointId,
        OR: [{ sessionId }, ...(session.groupId ? [{ groupId: session.groupId }] : [])],
      },
    });
    if (!point) throw new KringError("not_found");
    const who = await actorWithMember(tx, sessionId, actor);
    if (!mayChangeActionPoint(point, who)) throw new KringError("not_your_action");
    // A date already past (an overdue point) may stay; only a new date must be today or later.
    const storedDue = point.dueDate ? point.dueDate.toISOString().slice(0, 10) : null;
    if (change.dueDate !== storedDue) checkDueDate(change.dueDate);
    const owner = change.owner === undefined ? {} : await resolveOwner(tx, session, change.owner);
    const closing = change.status === undefined ? {} : { closedAt: change.status === "open" ? null : new Date() };
    await tx.actionPoint.update({
      where: { id: point.id },
      data: {
        ...(change.text === undefined ? {} : { text: change.text }),
        ...owner,
        ...(change.dueDate === undefined
          ? {}
          : { dueDate: change.dueDate ? new Date(`${change.dueDate}T00:00:00Z`) : null }),
        ...(change.status === undefined ? {} : { status: change.status }),
        ...closing,
      },
    });
  });
}
