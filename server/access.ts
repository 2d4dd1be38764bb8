import { type ErrorCode, KringError } from "@/lib/errors";
import type { Access } from "@/lib/realtime/events";
import { type Db, Prisma } from "@/server/db/client";
import { authenticateParticipant } from "@/server/services/live/participants";

/**
 * Who may do what, in one place, for pages, server actions and the live channel. Whatever a person
 * may not reach is answered as not_found, the same as what does not exist: nothing leaks about what
 * others have. The services apply these rules in their queries; nothing else decides access.
 */

type Tx = Prisma.TransactionClient;

// ---------- Groups ----------

/** The groups `facilitatorId` may see and change: the ones they own or that are shared with them. */
export function usableGroupWhere(facilitatorId: string): Prisma.GroupWhereInput {
  return { OR: [{ ownerId: facilitatorId }, { facilitators: { some: { userId: facilitatorId } } }] };
}

/** The group with `groupId` (and who owns it) when the facilitator may use it, else a not_found refusal. */
export async function usableGroup(db: Db, facilitatorId: string, groupId: string) {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: { id: true, ownerId: true },
  });
  if (!group) throw new KringError("not_found");
  return group;
}

/** True when the facilitator may use the group (own or shared). */
export async function canUseGroup(db: Db, facilitatorId: string, groupId: string): Promise<boolean> {
  return (await db.group.count({ where: { id: groupId, ...usableGroupWhere(facilitatorId) } })) > 0;
}

/**
 * What only a group's owner may do (share it, stop sharing it, shorten how long it keeps sessions):
 * a facilitator who shares it is forbidden; one who may not use it at all gets not_found.
 */
export async function requireGroupOwner(db: Db, facilitatorId: string, groupId: string) {
  const group = await usableGroup(db, facilitatorId, groupId);
  if (!isGroupOwner(group, facilitatorId)) throw new KringError("forbidden");
  return group;
}

export function isGroupOwner(group: { ownerId: string }, facilitatorId: string): boolean {
  return group.ownerId === facilitatorId;
}

// ---------- Sessions ----------

/**
 * The sessions `userId` may lead (cockpit, projector, plan, erasure, a lead's report): the ones they
 * made, as long as the session is their own (no group) or belongs to a group they may use now. A
 * co-facilitator who is removed from a group (or leaves it) loses the sessions they made in it, at
 * once and everywhere: those stay the group's, reachable for its owner and its other facilitators.
 * Through them the group's members, action points and other sessions would be in reach.
 */
export function leadSessionWhere(userId: string): Prisma.IntervisionSessionWhereInput {
  return { facilitatorId: userId, OR: [{ groupId: null }, { group: usableGroupWhere(userId) }] };
}

/**
 * The archive's rule, in SQL over session `s`: the sessions `userId` may look back on. Those they led
 * outside any group, and every session of a group they may use now (usableGroupWhere); a session
 * they led in a group they no longer share is the group's (leadSessionWhere).
 */
export function lookBackSql(userId: string): Prisma.Sql {
  return Prisma.sql`((s."facilitatorId" = ${userId} AND s."groupId" IS NULL) OR s."groupId" IN (
      SELECT g.id FROM "Group" g WHERE g."ownerId" = ${userId}
      UNION SELECT gf."groupId" FROM "GroupFacilitator" gf WHERE gf."userId" = ${userId}))`;
}

// ---------- Reports ----------

/**
 * Who may read a session's report: the facilitator who led it (of a group's session: while they may
 * still use the group), signed-in facilitators of its group, and its participants with their
 * participant credential (one who was removed from the session may not). Share links are checked in
 * share-links.ts. Everything else gets the same "not found".
 */
export type ReportReader = { kind: "lead" } | { kind: "group" } | { kind: "participant"; participantId: string };

/** How a signed-in facilitator may read the report, or null. */
export async function facilitatorReader(db: Db, userId: string, sessionId: string): Promise<ReportReader | null> {
  const session = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    select: { facilitatorId: true, groupId: true },
  });
  if (!session) return null;
  // A group's session is read only by who may use the group now, its lead included (leadSessionWhere).
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

// ---------- Decks ----------

/** The decks `viewerId` may see and deal from: the shipped ones, and their own. */
export function visibleDeckWhere(viewerId: string | null): Prisma.DeckWhereInput {
  return viewerId ? { OR: [{ ownerId: null }, { ownerId: viewerId }] } : { ownerId: null };
}

/** Whether `viewerId` may see this deck (for anyone else an own deck does not exist). */
export function maySeeDeck(deck: { ownerId: string | null }, viewerId: string | null): boolean {
  return deck.ownerId === null || deck.ownerId === viewerId;
}

/** Whether `userId` may change this deck: their own alone (a shipped deck is nobody's). */
export function mayChangeDeck(deck: { ownerId: string | null }, userId: string): boolean {
  return deck.ownerId !== null && deck.ownerId === userId;
}

/**
 * The facilitator's own deck, for changing it (only its owner may), locked until the transaction
 * ends: changes to one deck (which count and swap positions) then run one after another, so two made
 * at the same moment both land.
 */
export async function lockOwnDeck(tx: Tx, ownerId: string, deckId: string) {
  const [deck] = await tx.$queryRaw<{ id: string; slug: string }[]>`
    SELECT "id", "slug" FROM "Deck" WHERE "id" = ${deckId} AND "ownerId" = ${ownerId} FOR UPDATE`;
  if (!deck) throw new KringError("not_found");
  return deck;
}

// ---------- The live channel ----------

/**
 * Why a connection may not send an event of `access` (each event in lib/realtime/events.ts says
 * which), or null when it may: `facilitator` is who signed in on it, if anyone; `member` the role
 * it has in the session it is bound to, if any.
 */
export function liveRefusal(
  access: Access,
  facilitator: object | null,
  member: { role: "lead" | "projector" | "participant" } | null,
): ErrorCode | null {
  switch (access) {
    case "anyone":
      return null;
    case "facilitator":
      return facilitator ? null : "unauthenticated";
    case "member":
      return member ? null : "forbidden";
    case "lead":
      return member?.role === "lead" ? null : "forbidden";
    case "participant":
      return member?.role === "participant" ? null : "forbidden";
  }
}
