import { randomBytes } from "node:crypto";
import { withLookBack } from "@/lib/domain/follow-up";
import { generateJoinCode } from "@/lib/domain/join-code";
import { lookBackPhase } from "@/lib/domain/methods/builtin/look-back";
import { takesAnonymousPosts } from "@/lib/domain/reaction-rules";
import { KringError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import { canUseGroup, leadSessionWhere } from "@/server/access";
import type { Db } from "@/server/db/client";
import { phaseRow } from "@/server/db/phase-row";

export interface NewSession {
  title: string;
  methodId: string;
  deckId: string | null;
  agreements: string;
  anonymous: boolean;
  locale: Locale;
  /** The intervision group the session is for; the facilitator must own it or share it. */
  groupId?: string | null;
  /** When it is planned, Dutch wall-clock time "YYYY-MM-DDTHH:mm" (lib/schemas/session-form.ts). */
  plannedFor?: string | null;
}

/**
 * A choice on the form that the facilitator may not make (it does not exist, or is someone else's):
 * refused as not_found, with the field it came from so the form can point at it.
 */
export class UnknownChoice extends KringError {
  constructor(readonly field: "methodId" | "deckId" | "groupId") {
    super("not_found");
  }
}

/**
 * Prepares and opens a session: copies the method's phase plan (making posting phases anonymous when
 * asked), links it to the group when one is chosen (only a group the facilitator may use; when the
 * group has open action points, the plan starts by looking back on them), and gives
 * it a join code that no other session has. Participants can join at once.
 */
export async function createSession(db: Db, facilitatorId: string, input: NewSession) {
  const method = await db.method.findFirst({
    where: { id: input.methodId, OR: [{ ownerId: null }, { ownerId: facilitatorId }] },
    include: { phases: { orderBy: { position: "asc" } } },
  });
  if (!method) throw new UnknownChoice("methodId");
  if (
    input.deckId &&
    !(await db.deck.findFirst({ where: { id: input.deckId, OR: [{ ownerId: null }, { ownerId: facilitatorId }] } }))
  ) {
    throw new UnknownChoice("deckId");
  }
  const groupId = input.groupId ?? null;
  if (groupId && !(await canUseGroup(db, facilitatorId, groupId))) throw new UnknownChoice("groupId");
  const openActionPoints = groupId ? await db.actionPoint.count({ where: { groupId, status: "open" } }) : 0;
  type PlannedPhase = Omit<(typeof method.phases)[number], "id" | "methodId" | "position">;
  const plan = withLookBack<PlannedPhase>(method.phases, phaseRow(lookBackPhase), openActionPoints);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.intervisionSession.create({
        data: {
          title: input.title,
          status: "lobby",
          joinCode: generateJoinCode((size) => randomBytes(size)),
          facilitatorId,
          groupId,
          methodId: method.id,
          deckId: input.deckId,
          locale: input.locale,
          agreements: input.agreements,
          anonymousDefault: input.anonymous,
          plannedFor: input.plannedFor ?? null,
          openedAt: new Date(),
          phases: {
            create: plan.map((phase, position) => {
              const rules = phaseRulesSchema.parse(phase.rules);
              return {
                position,
                kind: phase.kind,
                titleNl: phase.titleNl,
                titleEn: phase.titleEn,
                instructionNl: phase.instructionNl,
                instructionEn: phase.instructionEn,
                durationSeconds: phase.durationSeconds,
                rules: input.anonymous && takesAnonymousPosts(rules) ? { ...rules, anonymous: true } : rules,
              };
            }),
          },
        },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      // A join code that is taken (1 in a trillion): draw another.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  throw new KringError("internal");
}

/** The facilitator's sessions, newest first, for the dashboard. */
export async function listSessions(db: Db, facilitatorId: string, take = 50) {
  return db.intervisionSession.findMany({
    where: leadSessionWhere(facilitatorId),
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      status: true,
      joinCode: true,
      createdAt: true,
      method: { select: { nameNl: true, nameEn: true } },
      group: { select: { id: true, name: true } },
      _count: { select: { participants: { where: { removedAt: null } } } },
    },
  });
}

/**
 * The session when `facilitatorId` led it, else a not_found refusal: the same answer for a session
 * that does not exist, so nothing leaks about other people's sessions.
 */
/**
 * What the cockpit and the projector show before the live channel answers: the session's title,
 * code and group, for the facilitator who may lead it; null for anyone else.
 */
export async function leadPageSession(db: Db, facilitatorId: string, sessionId: string) {
  const found = await db.intervisionSession.findFirst({
    where: { id: sessionId, ...leadSessionWhere(facilitatorId) },
    select: {
      id: true,
      title: true,
      joinCode: true,
      joinLockedAt: true,
      deckId: true,
      group: { select: { id: true, name: true } },
    },
  });
  if (!found) return null;
  const { joinLockedAt, ...rest } = found;
  return { ...rest, joinLocked: joinLockedAt !== null };
}

/** The session's participants by name, in the order they joined (a lead's report panels). */
export function participantNames(db: Db, sessionId: string) {
  return db.participant
    .findMany({ where: { sessionId }, orderBy: { joinIndex: "asc" }, select: { id: true, displayName: true } })
    .then((rows) => rows.map((row) => ({ id: row.id, name: row.displayName })));
}

export async function ledSession(db: Db, facilitatorId: string, sessionId: string) {
  const session = await db.intervisionSession.findFirst({
    where: { id: sessionId, ...leadSessionWhere(facilitatorId) },
    select: { id: true, status: true, title: true },
  });
  if (!session) throw new KringError("not_found");
  return session;
}

/**
 * What the group's invitation to a session holds, for the facilitator who may lead it: its title,
 * code, language, when it is planned and how long its plan takes; null for anyone else.
 */
export async function sessionInvitation(db: Db, facilitatorId: string, sessionId: string) {
  const found = await db.intervisionSession.findFirst({
    where: { id: sessionId, ...leadSessionWhere(facilitatorId) },
    select: {
      id: true,
      title: true,
      status: true,
      joinCode: true,
      locale: true,
      plannedFor: true,
      group: { select: { name: true } },
      phases: { select: { durationSeconds: true } },
    },
  });
  if (!found) return null;
  const { phases, ...rest } = found;
  return { ...rest, minutes: Math.round(phases.reduce((sum, phase) => sum + phase.durationSeconds, 0) / 60) };
}

/** Plans a session on a date (or takes the date away), before it has ended; only its lead may. */
export async function planSession(db: Db, facilitatorId: string, sessionId: string, plannedFor: string | null) {
  const { count } = await db.intervisionSession.updateMany({
    where: { id: sessionId, status: { not: "ended" }, ...leadSessionWhere(facilitatorId) },
    data: { plannedFor },
  });
  if (count === 0) throw new KringError("not_found");
}
