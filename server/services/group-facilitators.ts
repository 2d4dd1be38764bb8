import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import { usableGroup, usableGroupWhere } from "./groups";

/**
 * Facilitators who share a group with its owner (GroupFacilitator). Everyone who may use the group
 * sees who shares it; only the owner adds or removes others, and a co-facilitator may leave. A group
 * the facilitator may not use is not_found, as everywhere; a co-facilitator who tries the owner's
 * part is forbidden. Removing someone deletes only the sharing: the sessions they led stay theirs.
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

/** Goes on only for the group's owner: another facilitator who shares it is forbidden. */
async function requireOwner(db: Db, facilitatorId: string, groupId: string) {
  const group = await usableGroup(db, facilitatorId, groupId);
  if (group.ownerId !== facilitatorId) throw new KringError("forbidden");
}

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
  await requireOwner(db, ownerId, groupId);
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
 * Stops sharing the group with `userId`. Only the sharing goes: the sessions they led in the group
 * stay, and they still read the reports of those. False when they did not share it (any more).
 */
export async function removeGroupFacilitator(db: Db, ownerId: string, groupId: string, userId: string) {
  await requireOwner(db, ownerId, groupId);
  const { count } = await db.groupFacilitator.deleteMany({ where: { groupId, userId } });
  return count > 0;
}

/** A co-facilitator stops sharing the group themselves. Its owner cannot leave it (forbidden). */
export async function leaveGroup(db: Db, facilitatorId: string, groupId: string) {
  const group = await usableGroup(db, facilitatorId, groupId);
  if (group.ownerId === facilitatorId) throw new KringError("forbidden");
  await db.groupFacilitator.deleteMany({ where: { groupId, userId: facilitatorId } });
}
