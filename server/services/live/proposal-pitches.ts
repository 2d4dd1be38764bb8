import { caseCapRefusal } from "@/lib/domain/caps";
import { ownerOf, settledStatus, takesProposals } from "@/lib/domain/case-proposals";
import { sessionItemCounts } from "./item-counts";
import type { Tx } from "./transaction";

/**
 * What becomes of cases brought in before the session, inside a live mutation (the session locked):
 * their authors are recognised when they join, they become pitched cases when the session comes to
 * its pitches, and they are settled when it ends. Rules in lib/domain/case-proposals.ts.
 */

/**
 * Someone joined from a browser that holds a proposer key: the cases that key brought in for this
 * session are theirs to pitch.
 */
export async function claimProposals(tx: Tx, sessionId: string, participantId: string, keyHash: string | null) {
  if (!keyHash) return;
  await tx.caseProposal.updateMany({
    where: { sessionId, keyHash, participantId: null, status: "open" },
    data: { participantId },
  });
}

/**
 * In a phase that takes pitches (pitch, choose a case), while no case has been chosen: every case
 * brought in for this session, and for a group's session every case carried over on the group's
 * list, whose author is here becomes a pitched case of theirs. Those whose author is not (yet) here
 * wait: they are pitched when the author joins (or says which member they are) during these phases,
 * and otherwise stay on the group's list. Safe to call again: a proposal is pitched once.
 */
export async function pitchProposals(tx: Tx, sessionId: string) {
  const session = await tx.intervisionSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { status: true, groupId: true, currentPhaseIndex: true },
  });
  if (session.status !== "running" || session.currentPhaseIndex === null) return;
  const phase = await tx.sessionPhase.findFirst({
    where: { sessionId, position: session.currentPhaseIndex },
    select: { kind: true },
  });
  if (!takesProposals(phase?.kind)) return;
  if (await tx.case.findFirst({ where: { sessionId, status: "chosen" }, select: { id: true } })) return;
  const waiting = await tx.caseProposal.findMany({
    where: {
      caseId: null,
      OR: [
        { sessionId, status: "open" },
        ...(session.groupId ? [{ groupId: session.groupId, status: "carried_over" as const }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
  });
  if (waiting.length === 0) return;
  const present = await tx.participant.findMany({
    where: { sessionId, removedAt: null },
    select: { id: true, groupMemberId: true },
  });
  // Counted once under the lock, then kept up to date as cases are made.
  const counts = await sessionItemCounts(tx, sessionId);
  for (const proposal of waiting) {
    // A key's participant of an earlier session is not here: only the member can pitch a carried-over case.
    const owner = ownerOf(
      {
        participantId: proposal.sessionId === sessionId ? proposal.participantId : null,
        groupMemberId: proposal.groupMemberId,
      },
      present,
    );
    if (!owner) continue;
    if (caseCapRefusal({ casesInSession: counts.cases, inSession: counts.inSession })) return;
    const created = await tx.case.create({
      data: {
        clientId: `proposal:${proposal.id}:${sessionId}`,
        sessionId,
        ownerId: owner.id,
        title: proposal.title,
        question: proposal.question,
        description: proposal.description || null,
      },
      select: { id: true },
    });
    counts.cases += 1;
    counts.inSession += 1;
    // A carried-over case moves to the session that takes it up.
    await tx.caseProposal.update({
      where: { id: proposal.id },
      data: { sessionId, participantId: owner.id, caseId: created.id, status: "open" },
    });
  }
}

/**
 * The session ended: the case chosen is marked chosen; in a group's session every other case brought
 * in (not chosen, or its author absent) is carried over to the group's list, unlinked from this
 * session's pitch. Withdrawn ones stay withdrawn.
 */
export async function settleProposals(tx: Tx, sessionId: string) {
  const session = await tx.intervisionSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { groupId: true },
  });
  const chosen = await tx.case.findFirst({ where: { sessionId, status: "chosen" }, select: { id: true } });
  const proposals = await tx.caseProposal.findMany({
    where: { sessionId, status: "open" },
    select: { id: true, status: true, caseId: true },
  });
  for (const proposal of proposals) {
    const status = settledStatus(proposal, chosen?.id ?? null, session.groupId !== null);
    if (status === proposal.status) continue;
    await tx.caseProposal.update({
      where: { id: proposal.id },
      data: { status, ...(status === "carried_over" ? { caseId: null } : {}) },
    });
  }
}
