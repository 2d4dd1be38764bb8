import type { OverviewPoint } from "@/lib/domain/action-overview";
import { KringError } from "@/lib/errors";
import type { ActionStatusInput } from "@/lib/schemas/action-overview";
import { usableGroupWhere } from "@/server/access";
import { type Db, Prisma } from "@/server/db/client";
import { announceSessionChanges } from "@/server/events/session-changes";

/**
 * A group's action points across all its sessions, for the overview page, and marking them done or
 * open again from there. A group the facilitator may not use is refused as not_found, the same
 * answer as for one that does not exist.
 */
export async function loadGroupActions(db: Db, facilitatorId: string, groupId: string) {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: { id: true, name: true, members: { select: { id: true, name: true } } },
  });
  if (!group) throw new KringError("not_found");
  const rows = await db.actionPoint.findMany({
    where: { groupId },
    include: {
      session: { select: { id: true, title: true, createdAt: true, startedAt: true } },
      sourceReaction: { select: { id: true, text: true, visibility: true } },
      sourceCase: { select: { id: true, title: true } },
    },
  });
  const points: OverviewPoint[] = rows.map((row) => ({
    id: row.id,
    text: row.text,
    status: row.status,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    ownerMemberId: row.ownerMemberId,
    ownerName: row.ownerName,
    session: {
      id: row.session.id,
      title: row.session.title,
      date: (row.session.startedAt ?? row.session.createdAt).getTime(),
    },
    // Only what the session report shows can be linked to: revealed reactions, and every case.
    sourceReaction:
      row.sourceReaction?.visibility === "revealed"
        ? { id: row.sourceReaction.id, text: row.sourceReaction.text }
        : null,
    sourceCase: row.sourceCase ? { id: row.sourceCase.id, title: row.sourceCase.title } : null,
    createdAt: row.createdAt.getTime(),
    closedAt: row.closedAt?.getTime() ?? null,
  }));
  return {
    group: { id: group.id, name: group.name },
    memberNames: new Map(group.members.map((member) => [member.id, member.name])),
    points,
  };
}

export type GroupActions = Awaited<ReturnType<typeof loadGroupActions>>;

/**
 * Marks an action point of the group done (closed now) or open again. Sessions that show it live
 * (its own session while not ended, and the group's later sessions that look back on it) are locked
 * like any live change, raise their version, and are told once this has committed, so their open
 * screens follow. Setting the status it already has changes nothing.
 */
export async function setActionPointStatus(
  db: Db,
  facilitatorId: string,
  input: Pick<ActionStatusInput, "groupId" | "actionPointId" | "status">,
): Promise<{ text: string; changed: boolean }> {
  const outcome = await db.$transaction(
    async (tx) => {
      const point = await tx.actionPoint.findFirst({
        where: { id: input.actionPointId, groupId: input.groupId, group: usableGroupWhere(facilitatorId) },
        select: { id: true, text: true, sessionId: true, session: { select: { createdAt: true } } },
      });
      if (!point) throw new KringError("not_found");
      const live = await tx.intervisionSession.findMany({
        where: {
          status: { not: "ended" },
          OR: [{ id: point.sessionId }, { groupId: input.groupId, createdAt: { gt: point.session.createdAt } }],
        },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const sessionIds = live.map((session) => session.id);
      // The same lock a live command takes (live/transaction.ts), always in the same order.
      if (sessionIds.length > 0) {
        await tx.$queryRaw`SELECT id FROM "IntervisionSession" WHERE id IN (${Prisma.join(sessionIds)}) ORDER BY id FOR UPDATE`;
      }
      const { count } = await tx.actionPoint.updateMany({
        where: { id: point.id, status: { not: input.status } },
        data: { status: input.status, closedAt: input.status === "open" ? null : new Date() },
      });
      if (count === 0) return { text: point.text, changed: false, sessionIds: [] };
      if (sessionIds.length > 0) {
        await tx.intervisionSession.updateMany({
          where: { id: { in: sessionIds } },
          data: { version: { increment: 1 } },
        });
      }
      return { text: point.text, changed: true, sessionIds };
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
  announceSessionChanges(outcome.sessionIds);
  return { text: outcome.text, changed: outcome.changed };
}
