import { KringError } from "@/lib/errors";
import { isGroupOwner, requireGroupOwner, usableGroup, usableGroupWhere } from "@/server/access";
import type { Db } from "@/server/db/client";
import { announceAccessRevoked } from "@/server/events/access-revocations";
import { announceSessionChanges } from "@/server/events/session-changes";

/**
 * Facilitators who share a group with its owner (GroupFacilitator). Everyone who may use the group
 * sees who shares it; only the owner adds or removes others, and a co-facilitator may leave. A group
 * the facilitator may not use is not_found, as everywhere; a co-facilitator who tries the owner's
 * part is forbidden. Removing someone ends all their access to the group (endSharing).
 */

export interface FacilitatorAccount {
  id: string;
  name: string;
  email: string;
}

const account = { select: { id: true, name: true, email: true } } as const;

/** The group's owner and its co-facilitators, in the order they were added. */
export async function listGroupFacilitators(db: Db, facilitatorId: string, groupId: string) {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: {
      owner: account,
      facilitators: { orderBy: [{ createdAt: "asc" }, { userId: "asc" }], select: { user: account } },
    },
  });
  if (!group) throw new KringError("not_found");
  return {
    owner: group.owner,
    coFacilitators: group.facilitators.map(({ user }) => user),
  };
}

export type GroupFacilitators = Awaited<ReturnType<typeof listGroupFacilitators>>;

export type AddFacilitatorResult =
  | { ok: true; facilitator: FacilitatorAccount }
  | { ok: false; code: "no_account" | "already_shares" | "is_owner" };

/**
 * Shares the group with the facilitator whose account has `email` (normalised by the form's
 * schema, as at sign-up). No account is made and nothing is sent: without an account, no_account.
 */
export async function addGroupFacilitator(
  db: Db,
  ownerId: string,
  groupId: string,
  email: string,
): Promise<AddFacilitatorResult> {
  await requireGroupOwner(db, ownerId, groupId);
  const user = await db.user.findUnique({ where: { email }, ...account });
  if (!user) return { ok: false, code: "no_account" };
  if (user.id === ownerId) return { ok: false, code: "is_owner" };
  try {
    await db.groupFacilitator.create({ data: { groupId, userId: user.id } });
  } catch (error) {
    // The primary key (groupId, userId) decides, so two quick adds cannot both go through.
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "already_shares" };
    throw error;
  }
  return { ok: true, facilitator: user };
}

/**
 * Ends `userId`'s access to the group, at once and everywhere: the sharing goes; the sessions they
 * made in the group stay the group's and are no longer theirs to reach (leadSessionWhere in server/access.ts); those
 * not yet ended pass to the group's owner, so that someone can still lead or end them; and their open
 * cockpit and projector connections to the group's sessions close. Returns whether they shared it.
 */
async function endSharing(db: Db, group: { id: string; ownerId: string }, userId: string) {
  const { removed, sessionIds } = await db.$transaction(async (tx) => {
    const { count } = await tx.groupFacilitator.deleteMany({ where: { groupId: group.id, userId } });
    await tx.intervisionSession.updateMany({
      where: { groupId: group.id, facilitatorId: userId, status: { not: "ended" } },
      data: { facilitatorId: group.ownerId, version: { increment: 1 } },
    });
    const sessions = await tx.intervisionSession.findMany({ where: { groupId: group.id }, select: { id: true } });
    return { removed: count > 0, sessionIds: sessions.map((session) => session.id) };
  });
  announceAccessRevoked({ kind: "sessions", userId, sessionIds });
  // Sessions that changed hands show their new lead's name.
  announceSessionChanges(sessionIds);
  return removed;
}

/** Stops sharing the group with `userId` (see endSharing). False when they did not share it (any more). */
export async function removeGroupFacilitator(db: Db, ownerId: string, groupId: string, userId: string) {
  await requireGroupOwner(db, ownerId, groupId);
  return endSharing(db, { id: groupId, ownerId }, userId);
}

/** A co-facilitator stops sharing the group themselves (see endSharing). Its owner cannot leave it. */
export async function leaveGroup(db: Db, facilitatorId: string, groupId: string) {
  const group = await usableGroup(db, facilitatorId, groupId);
  if (isGroupOwner(group, facilitatorId)) throw new KringError("forbidden");
  await endSharing(db, group, facilitatorId);
}
