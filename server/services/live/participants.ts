import { KringError } from "@/lib/errors";
import { issueCredential, readCredential } from "@/server/auth/participant-credential";
import type { Db } from "@/server/db/client";
import { type CredentialLookup, lookUpCredential } from "./credential-lookup";
import { claimProposals, pitchProposals } from "./proposal-pitches";
import { mutateSession, type Tx } from "./transaction";

/**
 * Adds a participant to an open or running session and issues their credential (the cookie value).
 * The agreements must have been accepted; the caller checked the form. Refused while the lead has
 * closed the session to new joiners (join_locked), and for a browser that holds the credential of
 * someone the lead removed from it (`previousCookie`, rejoin_removed): a new name does not undo that.
 */
export async function joinSession(
  db: Db,
  secret: string,
  sessionId: string,
  displayName: string,
  groupMemberId: string | null = null,
  previousCookie?: string,
  /** The hash of the proposer key this browser holds (server/auth/proposer-key.ts), if any. */
  proposerKeyHash: string | null = null,
) {
  if ((await authenticateParticipant(db, secret, sessionId, previousCookie))?.removed) {
    throw new KringError("rejoin_removed");
  }
  const { value } = await mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { status: true, groupId: true, joinLockedAt: true },
    });
    if (session.status === "ended") throw new KringError("session_ended");
    if (session.status === "draft") throw new KringError("not_found");
    if (session.joinLockedAt) throw new KringError("join_locked");
    // Saying which member of the group you are: only a current member of this session's group.
    if (groupMemberId) {
      const member = session.groupId
        ? await tx.groupMember.findFirst({ where: { id: groupMemberId, groupId: session.groupId, leftAt: null } })
        : null;
      if (!member) throw new KringError("owner_unknown");
      const claimed = await tx.participant.findFirst({ where: { sessionId, groupMemberId, removedAt: null } });
      if (claimed) throw new KringError("member_taken");
    }
    const last = await tx.participant.findFirst({
      where: { sessionId },
      orderBy: { joinIndex: "desc" },
      select: { joinIndex: true },
    });
    const now = new Date();
    // The hash is set right below, once the id the credential is bound to exists.
    const participant = await tx.participant.create({
      data: {
        sessionId,
        displayName,
        groupMemberId,
        joinIndex: (last?.joinIndex ?? -1) + 1,
        agreementsAcceptedAt: now,
        credentialHash: `unset:${crypto.randomUUID()}`,
      },
    });
    const credential = issueCredential(secret, sessionId, participant.id);
    await tx.participant.update({ where: { id: participant.id }, data: { credentialHash: credential.tokenHash } });
    // Cases this browser brought in beforehand are theirs: pitched now if the pitches are on.
    await claimProposals(tx, sessionId, participant.id, proposerKeyHash);
    await pitchProposals(tx, sessionId);
    return { participantId: participant.id, cookieValue: credential.cookieValue };
  });
  return value;
}

/**
 * The participant a credential cookie stands for in this session, or null (unknown, forged); a
 * removed one is said to be removed. `lookUp` reads their row (batched in the live handshake).
 */
export async function authenticateParticipant(
  db: Db,
  secret: string,
  sessionId: string,
  cookieValue: string | undefined,
  lookUp: CredentialLookup = lookUpCredential(db),
) {
  const credential = readCredential(secret, sessionId, cookieValue);
  if (!credential) return null;
  const participant = await lookUp(credential.participantId);
  if (!participant || participant.sessionId !== sessionId || participant.credentialHash !== credential.tokenHash) {
    return null;
  }
  return participant.removedAt ? { removed: true as const } : { removed: false as const, participant };
}

/** The lead closes the session to new joiners, or opens it again; those already in stay in. */
export async function setJoinLock(db: Db, sessionId: string, locked: boolean) {
  return mutateSession(db, sessionId, async (tx) => {
    await tx.intervisionSession.update({
      where: { id: sessionId },
      data: { joinLockedAt: locked ? new Date() : null },
    });
  });
}

/** The facilitator removes a participant; their credential stops working for this session. */
export async function removeParticipant(db: Db, sessionId: string, participantId: string) {
  return mutateSession(db, sessionId, async (tx) => {
    const participant = await tx.participant.findFirst({ where: { id: participantId, sessionId, removedAt: null } });
    if (!participant) throw new KringError("not_found");
    await tx.participant.update({ where: { id: participantId }, data: { removedAt: new Date() } });
  });
}

/** A participant of the session who has not been removed, inside a mutation. */
export async function presentParticipant(tx: Tx, sessionId: string, participantId: string) {
  const participant = await tx.participant.findFirst({ where: { id: participantId, sessionId } });
  if (!participant) throw new KringError("not_found");
  if (participant.removedAt) throw new KringError("removed");
  return participant;
}
