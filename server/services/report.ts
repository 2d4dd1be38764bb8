import { displayOrder } from "@/lib/domain/session-projection";
import { bilingual } from "@/lib/i18n/locales";
import type { ReportRound, SessionReport } from "@/lib/report/report";
import type { Db } from "@/server/db/client";
import { actionPointRecord } from "./live/load";

/**
 * A session's report, for whoever may read it (the caller checks): every phase with its time, the
 * cases, every round's prompt with its revealed reactions (votes, the case owner's marks; no author
 * for an anonymous one), the action points and the notes. Null when the session does not exist.
 */
export async function loadReport(db: Db, sessionId: string): Promise<SessionReport | null> {
  const session = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    include: {
      facilitator: { select: { name: true } },
      group: { select: { name: true } },
      method: { select: { nameNl: true, nameEn: true } },
      phases: { orderBy: { position: "asc" } },
      participants: { select: { id: true, displayName: true } },
      cases: { orderBy: { createdAt: "asc" }, include: { votes: { select: { id: true } } } },
      notes: true,
    },
  });
  if (!session) return null;
  const [rounds, actionPoints] = await Promise.all([
    db.round.findMany({
      where: { sessionId },
      orderBy: { position: "asc" },
      include: {
        phase: { select: { titleNl: true, titleEn: true } },
        lesson: { include: { theme: { select: { titleNl: true, titleEn: true } } } },
        reactions: {
          where: { visibility: "revealed" },
          include: { _count: { select: { votes: true } } },
        },
      },
    }),
    db.actionPoint.findMany({
      where: { sessionId },
      orderBy: { createdAt: "asc" },
      include: { session: { select: { title: true } } },
    }),
  ]);
  const names = new Map(session.participants.map((participant) => [participant.id, participant.displayName]));
  const reportRounds: ReportRound[] = [];
  for (const round of rounds) {
    const lesson = round.lesson;
    // The order every screen shows (session-projection.ts): named ones by time, anonymous ones by random id.
    const ordered = round.reactions
      .map((reaction) => ({ ...reaction, createdAt: reaction.createdAt.getTime() }))
      .sort(displayOrder);
    if (ordered.length === 0 && !lesson) continue;
    reportRounds.push({
      phase: round.phase ? { nl: round.phase.titleNl, en: round.phase.titleEn } : null,
      lesson: lesson
        ? {
            // Stored when it was dealt (round-commands.ts), so a later reordering of the deck leaves it.
            number: round.lessonNumber ?? lesson.position + 1,
            text: bilingual(lesson.textNl, lesson.textEn),
            theme: bilingual(lesson.theme.titleNl, lesson.theme.titleEn),
          }
        : null,
      reactions: ordered.map((reaction) => ({
        id: reaction.id,
        kind: reaction.kind,
        text: reaction.text,
        author: reaction.anonymous ? null : (names.get(reaction.authorId) ?? null),
        votes: reaction._count.votes,
        usable: reaction.usable,
        label: reaction.label,
      })),
    });
  }
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    method: session.method ? { nl: session.method.nameNl, en: session.method.nameEn } : null,
    group: session.group?.name ?? null,
    facilitator: session.facilitator.name,
    startedAt: session.startedAt?.getTime() ?? null,
    endedAt: session.endedAt?.getTime() ?? null,
    phases: session.phases.map((phase) => ({
      title: { nl: phase.titleNl, en: phase.titleEn },
      plannedMs: phase.durationSeconds * 1000,
      spentMs: phase.spentMs,
    })),
    cases: session.cases.map((each) => ({
      id: each.id,
      title: each.title,
      question: each.question,
      owner: names.get(each.ownerId) ?? "",
      status: each.status,
      votes: each.votes.length,
    })),
    rounds: reportRounds,
    actionPoints: actionPoints.map(actionPointRecord),
    notes: session.notes?.text ?? "",
  };
}
