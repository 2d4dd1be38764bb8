import { type GroupTimeline, groupTimeline } from "@/lib/insights/group-timeline";
import { type ParticipationBalance, participationBalance } from "@/lib/insights/participation";
import { type PhaseTimes, phaseTimes } from "@/lib/insights/phase-time";
import { usableGroupWhere } from "@/server/access";
import type { Db } from "@/server/db/client";

/**
 * Insights as charts: per session the participation balance and the time per phase against the
 * plan; per group, over time, sessions held, lessons used and action points opened and closed.
 * Each is one query. Anonymity: the author of an anonymous reaction is never loaded here, only how
 * many anonymous reactions there are.
 */

export interface SessionInsights {
  participation: ParticipationBalance;
  phases: PhaseTimes;
}

/** A session's insights, for whoever may read its report (the caller checks). Null when it does not exist. */
export async function loadSessionInsights(db: Db, sessionId: string): Promise<SessionInsights | null> {
  const session = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    select: {
      phases: {
        orderBy: { position: "asc" },
        select: { titleNl: true, titleEn: true, durationSeconds: true, spentMs: true },
      },
      participants: { select: { id: true, displayName: true, joinIndex: true, removedAt: true } },
      cases: { select: { ownerId: true } },
      // Named reactions with their author; anonymous ones only counted, their author stays in the database.
      reactions: { where: { visibility: "revealed", anonymous: false }, select: { authorId: true } },
      _count: { select: { reactions: { where: { visibility: "revealed", anonymous: true } } } },
    },
  });
  if (!session) return null;
  const people = session.participants.map((participant) => ({
    id: participant.id,
    name: participant.displayName,
    joinIndex: participant.joinIndex,
    removed: participant.removedAt !== null,
  }));
  const reactions = [
    ...session.reactions.map((reaction) => ({ anonymous: false as const, authorId: reaction.authorId })),
    ...Array.from({ length: session._count.reactions }, () => ({ anonymous: true as const })),
  ];
  return {
    participation: participationBalance(people, reactions, session.cases),
    phases: phaseTimes(
      session.phases.map((phase) => ({
        title: { nl: phase.titleNl, en: phase.titleEn },
        plannedMs: phase.durationSeconds * 1000,
        spentMs: phase.spentMs,
      })),
    ),
  };
}

export interface GroupInsights {
  id: string;
  name: string;
  timeline: GroupTimeline;
}

/**
 * A group's insights over time, for a facilitator who may use the group (own or shared). Null for a
 * group that does not exist or is not theirs: the caller shows the same "not found" for both.
 */
export async function loadGroupInsights(
  db: Db,
  facilitatorId: string,
  groupId: string,
  now: Date,
): Promise<GroupInsights | null> {
  const group = await db.group.findFirst({
    where: { id: groupId, ...usableGroupWhere(facilitatorId) },
    select: {
      id: true,
      name: true,
      sessions: {
        where: { startedAt: { not: null } },
        select: { startedAt: true, rounds: { where: { lessonId: { not: null } }, select: { lessonId: true } } },
      },
      actionPoints: { select: { createdAt: true, closedAt: true } },
    },
  });
  if (!group) return null;
  const sessions = group.sessions.flatMap((session) =>
    session.startedAt
      ? [
          {
            startedAt: session.startedAt,
            lessonIds: session.rounds.flatMap((round) => (round.lessonId ? [round.lessonId] : [])),
          },
        ]
      : [],
  );
  return { id: group.id, name: group.name, timeline: groupTimeline(sessions, group.actionPoints, now) };
}
