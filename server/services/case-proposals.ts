import { matchMember, mayBringIn, mayChangeProposal } from "@/lib/domain/case-proposals";
import { KringError } from "@/lib/errors";
import type { ProposalFields, ProposalNew } from "@/lib/schemas/case-proposal";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";
import { sameKeyHash } from "@/server/auth/proposer-key";
import type { Db } from "@/server/db/client";
import { caseText, suggestLessonsForEach } from "./lesson-suggestions";
import { mutateSession, type Tx } from "./live/transaction";

/**
 * Cases brought in before a session (CaseProposal): what the bring-in page shows and stores, the
 * group's list, and the lessons that fit each. The rules are in lib/domain/case-proposals.ts. Every
 * change goes through mutateSession (the session's row locked, its version raised), so the lead's
 * open cockpit loads it again once the caller announces the change.
 */

/** The session a bring-in link names (any status: a started one is shown read-only), or null. */
export function proposalSessionByCode(db: Db, code: string) {
  return db.intervisionSession.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      title: true,
      status: true,
      joinCode: true,
      locale: true,
      facilitator: { select: { name: true } },
      group: { select: { id: true, name: true } },
    },
  });
}

const mineSelect = {
  id: true,
  title: true,
  description: true,
  question: true,
  proposerName: true,
  status: true,
  updatedAt: true,
} as const;

/** The cases this key brought in for the session, oldest first (withdrawn ones too, without text). */
export function proposalsOfKey(db: Db, sessionId: string, keyHash: string | null) {
  if (!keyHash) return Promise.resolve([]);
  return db.caseProposal.findMany({
    where: { sessionId, keyHash },
    orderBy: { createdAt: "asc" },
    select: mineSelect,
  });
}

/**
 * Brings in a case. In a group's session the name must be a current member's (matchMember); in a
 * session without a group any name will do. Counts what this person (their key, and in a group the
 * member) and the session already have, under the session's lock. Nothing is stored when refused.
 */
export async function bringInProposal(
  db: Db,
  sessionId: string,
  keyHash: string,
  input: ProposalNew,
  /** The participant this browser already joined the session as, if any: their case to pitch. */
  participantId: string | null = null,
) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true, groupId: true },
    });
    let member: { id: string; name: string } | null = null;
    if (session.groupId) {
      const members = await tx.groupMember.findMany({
        where: { groupId: session.groupId, leftAt: null },
        select: { id: true, name: true },
      });
      member = matchMember(input.name, members);
      if (!member) throw new KringError("proposer_unknown");
    }
    const live = { sessionId, status: { not: "withdrawn" as const } };
    const byThisPerson = await tx.caseProposal.count({
      where: { ...live, OR: [{ keyHash }, ...(member ? [{ groupMemberId: member.id }] : [])] },
    });
    const inSession = await tx.caseProposal.count({ where: live });
    const verdict = mayBringIn({ sessionStatus: session.status, byThisPerson, inSession });
    if (!verdict.ok) throw new KringError(verdict.code);
    return tx.caseProposal.create({
      data: {
        sessionId,
        groupId: session.groupId,
        groupMemberId: member?.id ?? null,
        participantId,
        // A member is named as the group knows them, not as they typed it.
        proposerName: member?.name ?? input.name,
        title: input.title,
        description: input.description,
        question: input.question,
        keyHash,
      },
      select: { id: true, title: true },
    });
  });
}

/** The proposal if this key may change it now (mayChangeProposal), inside the session's lock. */
async function changeable(tx: Tx, sessionId: string, keyHash: string | null, proposalId: string) {
  const proposal = await tx.caseProposal.findFirst({
    where: { id: proposalId, sessionId },
    select: { id: true, keyHash: true, status: true, session: { select: { status: true } } },
  });
  if (!proposal) throw new KringError("not_found");
  const verdict = mayChangeProposal({
    keyMatches: keyHash !== null && sameKeyHash(proposal.keyHash, keyHash),
    proposalStatus: proposal.status,
    sessionStatus: proposal.session.status,
  });
  if (!verdict.ok) throw new KringError(verdict.code);
  return proposal;
}

export async function changeProposal(
  db: Db,
  sessionId: string,
  keyHash: string | null,
  proposalId: string,
  fields: ProposalFields,
) {
  return mutateSession(db, sessionId, async (tx) => {
    await changeable(tx, sessionId, keyHash, proposalId);
    return tx.caseProposal.update({
      where: { id: proposalId },
      data: { title: fields.title, description: fields.description, question: fields.question },
      select: { id: true, title: true },
    });
  });
}

/** Withdraws a case: it stays counted as withdrawn, its texts are gone. */
export async function withdrawProposal(db: Db, sessionId: string, keyHash: string | null, proposalId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    await changeable(tx, sessionId, keyHash, proposalId);
    await tx.caseProposal.update({
      where: { id: proposalId },
      data: { status: "withdrawn", title: "", description: "", question: "" },
    });
  });
}

/**
 * A group's list: cases brought in for its sessions that have not started (or not ended) yet, and
 * those carried over from earlier sessions, newest session first.
 */
export function groupProposalList(db: Db, groupId: string) {
  return db.caseProposal.findMany({
    where: {
      groupId,
      OR: [{ status: "carried_over" }, { status: "open", session: { status: { not: "ended" } } }],
    },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      description: true,
      question: true,
      proposerName: true,
      status: true,
      createdAt: true,
      session: { select: { id: true, title: true } },
    },
  });
}

/**
 * The lessons of the session's deck that fit each case the lead sees brought in (title, description
 * and question together), by the proposal's id; none without a deck.
 */
export async function suggestForProposals(
  db: Db,
  sessionId: string,
  proposalIds: readonly string[],
): Promise<Record<string, LessonSuggestion[]>> {
  const session = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    select: { deckId: true, groupId: true },
  });
  if (!session) throw new KringError("not_found");
  const proposals = await db.caseProposal.findMany({
    where: { id: { in: [...proposalIds] }, ...visibleToLead(sessionId, session.groupId) },
    select: { id: true, title: true, description: true, question: true },
  });
  const suggested = session.deckId
    ? await suggestLessonsForEach(db, { deckId: session.deckId, texts: proposals.map(caseText) })
    : [];
  return Object.fromEntries(proposals.map((proposal, index) => [proposal.id, suggested[index] ?? []]));
}

/**
 * The proposals a session's lead sees: its own (not withdrawn, not settled) and, for a group's
 * session, the cases carried over on the group's list.
 */
export function visibleToLead(sessionId: string, groupId: string | null) {
  return {
    OR: [
      { sessionId, status: "open" as const },
      ...(groupId ? [{ groupId, status: "carried_over" as const, sessionId: { not: sessionId } }] : []),
    ],
  };
}
