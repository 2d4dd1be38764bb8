import { groupRotation, type Rotation } from "@/lib/insights/rotation";
import { usableGroupWhere } from "@/server/access";
import type { Db } from "@/server/db/client";

/**
 * Who brought cases, took the notes, owns open action points and has been quiet across a group's
 * sessions, and who could take the case and the notes next (lib/insights/rotation.ts), for a
 * facilitator who may use the group. Null for a group that does not exist or is not theirs.
 *
 * Only what a participant said they were links them to a member. Reactions are counted per person
 * only when named and revealed (what the report shows); anonymous ones are not loaded at all.
 */
export async function loadGroupRotation(db: Db, facilitatorId: string, groupId: string): Promise<Rotation | null> {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: {
      members: { where: { leftAt: null }, select: { id: true, name: true } },
      sessions: {
        where: { startedAt: { not: null } },
        select: {
          startedAt: true,
          participants: {
            where: { groupMemberId: { not: null } },
            select: {
              groupMemberId: true,
              role: true,
              cases: { select: { status: true } },
              _count: { select: { reactions: { where: { anonymous: false, visibility: "revealed" } } } },
            },
          },
        },
      },
      actionPoints: { where: { status: "open", ownerMemberId: { not: null } }, select: { ownerMemberId: true } },
    },
  });
  if (!group) return null;
  return groupRotation(
    group.members,
    group.sessions.map((session) => ({
      startedAt: session.startedAt?.getTime() ?? 0,
      attendance: session.participants.flatMap((participant) =>
        participant.groupMemberId
          ? [
              {
                memberId: participant.groupMemberId,
                // The owner of the chosen case, or whom the facilitator made case owner by hand.
                broughtCase:
                  participant.role === "case_owner" || participant.cases.some((each) => each.status === "chosen"),
                tookNotes: participant.role === "note_taker",
                namedPosts: participant._count.reactions + participant.cases.length,
              },
            ]
          : [],
      ),
    })),
    group.actionPoints.flatMap((point) => (point.ownerMemberId ? [point.ownerMemberId] : [])),
  );
}
