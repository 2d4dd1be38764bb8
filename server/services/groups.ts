import { KringError } from "@/lib/errors";
import type { GroupInput, MemberInput } from "@/lib/schemas/group-form";
import { isGroupOwner, usableGroup, usableGroupWhere } from "@/server/access";
import type { Db, Prisma } from "@/server/db/client";

/**
 * Intervision groups ("intervisiegroepen") and their members. A facilitator may use a group they own
 * or one that is shared with them (GroupFacilitator). Anything else is refused as not_found, the
 * same answer as for a group that does not exist: nothing leaks about what others have.
 */

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, "nl", { sensitivity: "base" }) || a.name.localeCompare(b.name);

/** The groups the facilitator may use, by name, with their number of current members and of sessions. */
export async function listGroups(db: Db, facilitatorId: string) {
  const groups = await db.group.findMany({
    where: usableGroupWhere(facilitatorId),
    select: {
      id: true,
      name: true,
      description: true,
      ownerId: true,
      _count: { select: { members: { where: { leftAt: null } }, sessions: true } },
    },
  });
  return groups
    .map((group) => ({
      id: group.id,
      name: group.name,
      description: group.description,
      owned: group.ownerId === facilitatorId,
      memberCount: group._count.members,
      sessionCount: group._count.sessions,
    }))
    .sort(byName);
}

export type GroupSummary = Awaited<ReturnType<typeof listGroups>>[number];

/** A group's fields; without a retention period, none is set (or the one it has is kept). */
type GroupFields = Omit<GroupInput, "retentionDays"> & { retentionDays?: number | null };

export async function createGroup(db: Db, ownerId: string, input: GroupFields) {
  return db.group.create({
    data: { name: input.name, description: input.description, retentionDays: input.retentionDays, ownerId },
    select: { id: true },
  });
}

/**
 * Renames the group and changes its description; its owner also sets its retention period. A
 * facilitator who shares the group may not: a shorter period deletes sessions others led.
 */
export async function updateGroup(db: Db, facilitatorId: string, groupId: string, input: GroupFields) {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: { ownerId: true, retentionDays: true },
  });
  if (!group) throw new KringError("not_found");
  const changesRetention = input.retentionDays !== undefined && input.retentionDays !== group.retentionDays;
  if (changesRetention && !isGroupOwner(group, facilitatorId)) throw new KringError("forbidden");
  await db.group.update({
    where: { id: groupId },
    data: { name: input.name, description: input.description, retentionDays: input.retentionDays },
  });
}

/**
 * One group with its members (current ones in the order they were added, former ones apart, most
 * recently left first) and its sessions, newest first. Sessions led by someone else who shares the
 * group say who led them.
 */
export async function getGroup(db: Db, facilitatorId: string, groupId: string) {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: {
      id: true,
      name: true,
      description: true,
      retentionDays: true,
      ownerId: true,
      members: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, name: true, email: true, createdAt: true, leftAt: true },
      },
      sessions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          title: true,
          status: true,
          createdAt: true,
          facilitatorId: true,
          facilitator: { select: { name: true } },
          method: { select: { nameNl: true, nameEn: true } },
          _count: { select: { participants: { where: { removedAt: null } } } },
        },
      },
    },
  });
  if (!group) throw new KringError("not_found");
  const { members, sessions, ownerId, ...rest } = group;
  return {
    ...rest,
    owned: ownerId === facilitatorId,
    members: members.filter((member) => member.leftAt === null),
    formerMembers: members
      .filter((member) => member.leftAt !== null)
      .sort((a, b) => (b.leftAt?.getTime() ?? 0) - (a.leftAt?.getTime() ?? 0)),
    sessions: sessions.map(({ facilitatorId: ledBy, facilitator, _count, ...session }) => ({
      ...session,
      ledByMe: ledBy === facilitatorId,
      facilitatorName: facilitator.name,
      participantCount: _count.participants,
    })),
  };
}

export type GroupDetails = Awaited<ReturnType<typeof getGroup>>;

export async function addMember(db: Db, facilitatorId: string, groupId: string, input: MemberInput) {
  await usableGroup(db, facilitatorId, groupId);
  return db.groupMember.create({
    data: { groupId, name: input.name, email: input.email },
    select: { id: true, name: true, email: true },
  });
}

/** The member `memberId` of `groupId`, when the facilitator may use that group. */
function memberWhere(facilitatorId: string, groupId: string, memberId: string): Prisma.GroupMemberWhereInput {
  return { id: memberId, groupId, group: usableGroupWhere(facilitatorId) };
}

export async function updateMember(
  db: Db,
  facilitatorId: string,
  groupId: string,
  memberId: string,
  input: MemberInput,
) {
  const { count } = await db.groupMember.updateMany({
    where: memberWhere(facilitatorId, groupId, memberId),
    data: { name: input.name, email: input.email },
  });
  if (count === 0) throw new KringError("not_found");
}

/**
 * Marks a member as having left the group. Nothing is deleted: the sessions they took part in and
 * their action points keep their name. Marking someone who already left changes nothing.
 */
export async function markMemberLeft(db: Db, facilitatorId: string, groupId: string, memberId: string) {
  const member = await db.groupMember.findFirst({
    where: memberWhere(facilitatorId, groupId, memberId),
    select: { leftAt: true },
  });
  if (!member) throw new KringError("not_found");
  if (member.leftAt) return;
  await db.groupMember.updateMany({ where: { id: memberId, leftAt: null }, data: { leftAt: new Date() } });
}

/** Undoes "has left": the member is a current member again. */
export async function restoreMember(db: Db, facilitatorId: string, groupId: string, memberId: string) {
  const { count } = await db.groupMember.updateMany({
    where: memberWhere(facilitatorId, groupId, memberId),
    data: { leftAt: null },
  });
  if (count === 0) throw new KringError("not_found");
}
