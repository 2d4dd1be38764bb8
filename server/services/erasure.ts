import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { announceSessionChanges } from "@/server/events/session-changes";
import { ledSession } from "./sessions";

/**
 * Erasure: deleting a session with everything in it, removing one participant's data from a session,
 * and a group's retention period. What is deleted is gone from the database, and so from search,
 * reports and exports (they all read it from there). A session that is open or running cannot be
 * erased (`session_live`): people are in it, and the live channel holds it; end it first.
 */

const LIVE = ["lobby", "running"] as const;

/** The session when `userId` led it and it is not open or running; else not_found or session_live. */
async function erasableSession(db: Db, userId: string, sessionId: string) {
  const session = await ledSession(db, userId, sessionId);
  if ((LIVE as readonly string[]).includes(session.status)) throw new KringError("session_live");
  return session;
}

/** Deletes a session the facilitator led, with its phases, participants, cases, reactions, votes,
 * action points, notes and share links (all cascade from the session). */
export async function deleteSession(db: Db, userId: string, sessionId: string): Promise<{ title: string }> {
  const session = await erasableSession(db, userId, sessionId);
  await db.intervisionSession.delete({ where: { id: session.id } });
  // The live channel forgets it (its cached record held names and texts).
  announceSessionChanges([session.id]);
  return { title: session.title };
}

/**
 * Removes everything one participant left in a session: their name, their cases, reactions and votes
 * (with the votes others gave them; these cascade from the participant), their place in speaking
 * orders, and their name on action points they own (the points stay, without an owner). The notes
 * are the group's text and stay as written; they no longer say who saved them last.
 */
export async function eraseParticipant(
  db: Db,
  userId: string,
  sessionId: string,
  participantId: string,
): Promise<{ displayName: string }> {
  await erasableSession(db, userId, sessionId);
  const erased = await db.$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { id: participantId, sessionId },
      select: { id: true, displayName: true },
    });
    if (!participant) throw new KringError("not_found");
    // The name they typed goes; a point they took on as a group member keeps the member's own name.
    const owned = await tx.actionPoint.findMany({
      where: { ownerParticipantId: participant.id },
      select: { id: true, ownerMember: { select: { name: true } } },
    });
    for (const point of owned) {
      await tx.actionPoint.update({
        where: { id: point.id },
        data: { ownerName: point.ownerMember?.name ?? "", ownerParticipantId: null },
      });
    }
    const rounds = await tx.round.findMany({
      where: { sessionId, OR: [{ turnOrder: { has: participant.id } }, { turnSkipped: { has: participant.id } }] },
      select: { id: true, turnOrder: true, turnSkipped: true, turnIndex: true },
    });
    for (const round of rounds) {
      const place = round.turnOrder.indexOf(participant.id);
      const turnOrder = round.turnOrder.filter((id) => id !== participant.id);
      const shifted =
        round.turnIndex === null || place === -1 || place >= round.turnIndex ? round.turnIndex : round.turnIndex - 1;
      // Still pointing into the order (the person whose turn it was may have been the last one).
      const turnIndex = shifted === null || turnOrder.length === 0 ? null : Math.min(shifted, turnOrder.length - 1);
      await tx.round.update({
        where: { id: round.id },
        data: {
          turnOrder,
          turnSkipped: round.turnSkipped.filter((id) => id !== participant.id),
          turnIndex,
        },
      });
    }
    await tx.participant.delete({ where: { id: participant.id } });
    // Screens still open on this session, and on the group's sessions that look back on its action
    // points, load them again without this person.
    const session = await tx.intervisionSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { groupId: true, createdAt: true },
    });
    const showing = await tx.intervisionSession.findMany({
      where: {
        OR: [
          { id: sessionId },
          session.groupId
            ? { groupId: session.groupId, status: { not: "ended" }, createdAt: { gt: session.createdAt } }
            : { id: sessionId },
        ],
      },
      select: { id: true },
    });
    const sessionIds = showing.map((each) => each.id);
    await tx.intervisionSession.updateMany({ where: { id: { in: sessionIds } }, data: { version: { increment: 1 } } });
    return { displayName: participant.displayName, sessionIds };
  });
  announceSessionChanges(erased.sessionIds);
  return { displayName: erased.displayName };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the sessions of groups with a retention period that ended (or, never run, were made) longer
 * ago than that period, and those left open or running but untouched for all of it. Returns how many
 * went.
 */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const groups = await db.group.findMany({
    where: { retentionDays: { not: null } },
    select: { id: true, retentionDays: true },
  });
  let deleted = 0;
  for (const group of groups) {
    const cutoff = new Date(now.getTime() - (group.retentionDays ?? 0) * DAY_MS);
    const expired = await db.intervisionSession.findMany({
      where: {
        groupId: group.id,
        OR: [
          { status: "ended", endedAt: { lt: cutoff } },
          { status: "draft", createdAt: { lt: cutoff } },
          // Left open and untouched for the whole period: nobody is in it any more.
          { status: { in: ["lobby", "running"] }, updatedAt: { lt: cutoff } },
        ],
      },
      select: { id: true },
    });
    if (expired.length === 0) continue;
    const ids = expired.map((session) => session.id);
    const { count } = await db.intervisionSession.deleteMany({ where: { id: { in: ids } } });
    announceSessionChanges(ids);
    deleted += count;
  }
  return deleted;
}
