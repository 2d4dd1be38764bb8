import type { LocalizedText } from "@/lib/content/types";
import type { ActionPointRecord } from "@/lib/domain/intervision";
import { answeredPhaseIndex, phaseTakesPosts } from "@/lib/domain/reaction-rules";
import { displayOrder } from "@/lib/domain/session-projection";
import {
  ACTION_SOURCE_TEXT,
  type LessonCard,
  type PhaseView,
  type ReactionRecord,
  type SessionRecord,
} from "@/lib/domain/session-view";
import type { TimerState } from "@/lib/domain/timer";
import { bilingual } from "@/lib/i18n/locales";
import { parseLocale } from "@/lib/schemas/locale";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";
import { visibleToLead } from "../case-proposals";
import { loadContributions } from "./load-contributions";

/** The newest this many readable reactions of a session are offered as action-point sources. */
const ACTION_SOURCES_MAX = 300;

type Client = Pick<Db, "intervisionSession" | "round" | "reaction" | "actionPoint" | "caseProposal">;

export function timerFromRow(row: {
  timerEndsAt: Date | null;
  timerRemainingMs: number | null;
  timerDurationMs: number | null;
}): TimerState {
  const durationMs = row.timerDurationMs ?? 0;
  if (row.timerEndsAt) return { status: "running", durationMs, endsAt: row.timerEndsAt.getTime() };
  if (row.timerRemainingMs !== null) return { status: "paused", durationMs, remainingMs: row.timerRemainingMs };
  return { status: "idle", durationMs };
}

export function timerToRow(timer: TimerState) {
  return {
    timerDurationMs: timer.durationMs,
    timerEndsAt: timer.status === "running" ? new Date(timer.endsAt) : null,
    timerRemainingMs: timer.status === "paused" ? timer.remainingMs : null,
  };
}

/**
 * Loads everything a live view needs, or null when the session does not exist. The queries run in
 * one read-only snapshot (REPEATABLE READ): a change committed while they run is either wholly in
 * the record or wholly out of it, never half (a chosen case beside its owner's old role, say).
 */
export function loadSessionRecord(db: Db, sessionId: string): Promise<SessionRecord | null> {
  return db.$transaction((tx) => loadFrom(tx, sessionId), {
    isolationLevel: "RepeatableRead",
    timeout: 15_000,
    maxWait: 15_000,
  });
}

/**
 * Awaits Prisma's queries one after the other. They are lazy (they run when awaited), and a
 * transaction's queries share one connection, which takes one query at a time.
 */
async function oneByOne<T extends readonly unknown[] | []>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/** The newest of `rounds` that `matches`, as `findFirst` ordered by position would answer. */
function latestRound<T extends { position: number }>(rounds: readonly T[], matches: (round: T) => boolean) {
  let latest: T | undefined;
  for (const round of rounds) if (matches(round) && (!latest || round.position > latest.position)) latest = round;
  return latest;
}

async function loadFrom(db: Client, sessionId: string): Promise<SessionRecord | null> {
  // The session with every relation it owns, in one statement (relation joins): a load after a
  // restart is a handful of round trips, not one per relation.
  const row = await db.intervisionSession.findUnique({
    where: { id: sessionId },
    relationLoadStrategy: "join",
    include: {
      facilitator: { select: { name: true } },
      deck: { select: { id: true, slug: true, titleNl: true, titleEn: true } },
      phases: { orderBy: { position: "asc" } },
      participants: { where: { removedAt: null }, orderBy: { joinIndex: "asc" } },
      group: {
        select: {
          id: true,
          name: true,
          members: { where: { leftAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } },
        },
      },
      rounds: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          phaseId: true,
          position: true,
          lessonId: true,
          turnOrder: true,
          turnIndex: true,
          turnSkipped: true,
        },
      },
      cases: { orderBy: { createdAt: "asc" }, include: { votes: { select: { voterId: true } } } },
      notes: true,
      actionPoints: { orderBy: { createdAt: "asc" }, include: { session: { select: { title: true } } } },
      _count: { select: { reactions: true } },
    },
  });
  if (!row) return null;
  const phases: PhaseView[] = row.phases.map((phase) => ({
    id: phase.id,
    position: phase.position,
    kind: phase.kind,
    title: { nl: phase.titleNl, en: phase.titleEn },
    instruction: { nl: phase.instructionNl, en: phase.instructionEn },
    durationSeconds: phase.durationSeconds,
    rules: phaseRulesSchema.parse(phase.rules),
  }));
  const phase = row.currentPhaseIndex === null ? null : phases[row.currentPhaseIndex];
  const answeredIndex = answeredPhaseIndex(phases, row.currentPhaseIndex);
  const answeredPhase = answeredIndex === null ? undefined : phases[answeredIndex];
  // The round on screen, and the latest round of the phase answered as that phase showed it
  // (currentRound in session-row.ts).
  const current = phase
    ? latestRound(row.rounds, (round) => !phaseTakesPosts(phase.rules) || round.phaseId === phase.id)
    : undefined;
  const answered = answeredPhase ? latestRound(row.rounds, (round) => round.phaseId === answeredPhase.id) : undefined;
  const shownIds = [current?.id, answered?.id].filter((id): id is string => id !== undefined);
  const [shown, lookBack, proposals, sources] = await oneByOne([
    shownIds.length > 0
      ? db.round.findMany({
          where: { id: { in: shownIds } },
          relationLoadStrategy: "join",
          include: {
            lesson: { include: { theme: { select: { titleNl: true, titleEn: true } } } },
            reactions: { include: { votes: { select: { voterId: true } } } },
          },
        })
      : [],
    row.groupId
      ? db.actionPoint.findMany({
          where: {
            groupId: row.groupId,
            sessionId: { not: sessionId },
            session: { createdAt: { lt: row.createdAt } },
            OR: [{ status: "open" }, { closedAt: { gte: row.openedAt ?? row.createdAt } }],
          },
          orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
          relationLoadStrategy: "join",
          include: { session: { select: { title: true } } },
        })
      : [],
    // Cases brought in beforehand, for the lead's view (lib/domain/case-proposals.ts), until the end.
    row.status === "ended"
      ? []
      : db.caseProposal.findMany({
          where: visibleToLead(sessionId, row.groupId),
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            sessionId: true,
            title: true,
            description: true,
            question: true,
            proposerName: true,
            caseId: true,
            updatedAt: true,
          },
        }),
    phase?.kind === "action_points"
      ? db.reaction.findMany({
          where: { sessionId, visibility: "revealed" },
          orderBy: [{ round: { position: "desc" } }, { id: "asc" }],
          take: ACTION_SOURCES_MAX,
          relationLoadStrategy: "join",
          select: {
            id: true,
            kind: true,
            text: true,
            anonymous: true,
            createdAt: true,
            round: { select: { position: true, lessonNumber: true } },
          },
        })
      : [],
  ]);
  const roundRow = current && shown.find((round) => round.id === current.id);
  const answeredRow = answered && shown.find((round) => round.id === answered.id);
  const reactions = roundRow?.reactions ?? [];
  const votes = reactions.flatMap((reaction) =>
    reaction.votes.map((vote) => ({ reactionId: reaction.id, voterId: vote.voterId })),
  );
  const notes = row.notes;
  const notesAuthor = notes?.updatedById ? row.participants.find((each) => each.id === notes.updatedById) : undefined;
  const dealtLesson = roundRow?.lesson;
  const contributions = await loadContributions(db, sessionId, row.rounds, phases, row.cases);
  const text = (nl: string, en: string): LocalizedText => bilingual(nl, en);
  const lesson: LessonCard | null = dealtLesson
    ? {
        id: dealtLesson.id,
        text: text(dealtLesson.textNl, dealtLesson.textEn),
        theme: text(dealtLesson.theme.titleNl, dealtLesson.theme.titleEn),
        // Stored when it was dealt (round-commands.ts), so a later reordering of the deck leaves it.
        number: roundRow?.lessonNumber ?? dealtLesson.position + 1,
      }
    : null;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    joinCode: row.joinCode,
    locale: parseLocale(row.locale),
    agreements: row.agreements,
    joinLocked: row.joinLockedAt !== null,
    projector: { join: row.projectorJoin, spotlightId: row.spotlightId, page: row.projectorPage },
    voteBudget: row.voteBudget,
    currentPhaseIndex: row.currentPhaseIndex,
    version: row.version,
    timer: timerFromRow(row),
    facilitatorName: row.facilitator.name,
    deck: row.deck ? { id: row.deck.id, slug: row.deck.slug, title: text(row.deck.titleNl, row.deck.titleEn) } : null,
    phases,
    participants: row.participants.map((participant) => ({
      id: participant.id,
      displayName: participant.displayName,
      role: participant.role,
      joinIndex: participant.joinIndex,
      groupMemberId: participant.groupMemberId,
    })),
    round: roundRow
      ? {
          id: roundRow.id,
          position: roundRow.position,
          phaseId: roundRow.phaseId,
          lesson,
          question: roundRow.question,
          revealed: roundRow.revealedAt !== null,
          votingClosed: roundRow.votingClosedAt !== null,
          turnOrder: roundRow.turnOrder,
          turnIndex: roundRow.turnIndex,
          turnSkipped: roundRow.turnSkipped,
        }
      : null,
    reactions: reactions.map(reactionRecord),
    answered:
      answeredRow && answeredPhase
        ? { roundId: answeredRow.id, phaseId: answeredPhase.id, reactions: answeredRow.reactions.map(reactionRecord) }
        : null,
    reactionsInSession: row._count.reactions,
    // Newest round first; within a round as every screen lists it: anonymous ones by their random
    // id, never by time (the order people wrote in could name them).
    actionSources: [...sources]
      .sort(
        (a, b) =>
          b.round.position - a.round.position ||
          displayOrder({ ...a, createdAt: a.createdAt.getTime() }, { ...b, createdAt: b.createdAt.getTime() }),
      )
      .map((source) => ({
        id: source.id,
        kind: source.kind,
        text: source.text.slice(0, ACTION_SOURCE_TEXT),
        round: source.round.position + 1,
        lessonNumber: source.round.lessonNumber,
      })),
    votes,
    dealtLessonIds: row.rounds.flatMap((round) => (round.lessonId ? [round.lessonId] : [])),
    group: row.group && { id: row.group.id, name: row.group.name },
    members: row.group?.members ?? [],
    cases: row.cases.map((each) => ({
      id: each.id,
      clientId: each.clientId,
      ownerId: each.ownerId,
      title: each.title,
      question: each.question,
      description: each.description,
      status: each.status,
      voterIds: each.votes.map((vote) => vote.voterId),
    })),
    notes: {
      text: notes?.text ?? "",
      version: notes?.version ?? 0,
      // Saved by a participant (the note taker) or by the facilitator; null before any save, and when
      // the participant who saved last was erased.
      updatedByName: notes?.updatedByLead ? row.facilitator.name : (notesAuthor?.displayName ?? null),
    },
    actionPoints: row.actionPoints.map(actionPointRecord),
    lookBack: lookBack.map(actionPointRecord),
    contributions,
    proposals: proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      description: proposal.description,
      question: proposal.question,
      proposerName: proposal.proposerName,
      fromEarlier: proposal.sessionId !== sessionId,
      caseId: proposal.caseId,
      updatedAt: proposal.updatedAt.getTime(),
    })),
  };
}

type ReactionRow = Awaited<ReturnType<Client["reaction"]["findFirstOrThrow"]>>;

function reactionRecord(reaction: ReactionRow): ReactionRecord {
  return {
    id: reaction.id,
    clientId: reaction.clientId,
    roundId: reaction.roundId,
    authorId: reaction.authorId,
    kind: reaction.kind,
    text: reaction.text,
    anonymous: reaction.anonymous,
    visibility: reaction.visibility,
    createdAt: reaction.createdAt.getTime(),
    usable: reaction.usable,
    label: reaction.label,
  };
}

type ActionPointRow = Awaited<ReturnType<Client["actionPoint"]["findFirstOrThrow"]>> & { session: { title: string } };

export function actionPointRecord(row: ActionPointRow): ActionPointRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    sessionId: row.sessionId,
    sessionTitle: row.session.title,
    text: row.text,
    ownerParticipantId: row.ownerParticipantId,
    ownerMemberId: row.ownerMemberId,
    ownerName: row.ownerName,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    status: row.status,
    sourceReactionId: row.sourceReactionId,
    createdAt: row.createdAt.getTime(),
  };
}
