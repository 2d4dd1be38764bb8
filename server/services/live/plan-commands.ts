import { normalisePlan } from "@/lib/domain/phase-plan";
import { KringError } from "@/lib/errors";
import type { PlanUpdate } from "@/lib/schemas/live";
import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";
import { sessionWithPhases } from "./session-row";
import { mutateSession } from "./transaction";

/**
 * Replaces the session's phase plan with an edited one, before the session starts. Once a phase has
 * started the plan is what was run (rounds and reactions hang on its phases): refused as plan_locked.
 */
export async function updatePlan(db: Db, sessionId: string, input: PlanUpdate) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await sessionWithPhases(tx, sessionId);
    if (session.status !== "lobby") throw new KringError("plan_locked");
    // Nothing hangs on the phases yet in the lobby; should anything, the plan stays as it is.
    if ((await tx.round.count({ where: { sessionId } })) > 0) throw new KringError("plan_locked");
    const result = normalisePlan(input.phases, session.phases);
    if (!result.ok) throw new KringError("bad_request");
    await tx.sessionPhase.deleteMany({ where: { sessionId } });
    await tx.sessionPhase.createMany({
      data: result.phases.map((phase) => ({
        sessionId,
        position: phase.position,
        kind: phase.kind,
        titleNl: phase.title.nl,
        titleEn: phase.title.en,
        instructionNl: phase.instruction.nl,
        instructionEn: phase.instruction.en,
        durationSeconds: phase.durationSeconds,
        rules: phase.rules,
      })),
    });
  });
}

/** Two names are the same when they differ only in case and spaces. */
const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl") === b.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

/**
 * Saves the session's current phase plan as the facilitator's own method, which the form that
 * prepares a session then offers. A name that one of their methods (or a shipped one) already has,
 * in either language, is refused as method_name_taken.
 */
export async function saveAsMethod(db: Db, sessionId: string, facilitatorId: string, name: { nl: string; en: string }) {
  return db.$transaction(
    async (tx) => {
      // One save per facilitator at a time, so two saves with the same name cannot both pass the check.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${facilitatorId} FOR UPDATE`;
      const session = await tx.intervisionSession.findFirst({
        where: { id: sessionId, facilitatorId },
        include: { phases: { orderBy: { position: "asc" } } },
      });
      if (!session) throw new KringError("not_found");
      const existing = await tx.method.findMany({
        where: { OR: [{ ownerId: null }, { ownerId: facilitatorId }] },
        select: { nameNl: true, nameEn: true },
      });
      const names = existing.flatMap((method) => [method.nameNl, method.nameEn]);
      if (names.some((taken) => sameName(taken, name.nl) || sameName(taken, name.en))) {
        throw new KringError("method_name_taken");
      }
      const method = await tx.method.create({
        data: {
          ownerId: facilitatorId,
          nameNl: name.nl,
          nameEn: name.en,
          phases: {
            create: session.phases.map((phase, position) => ({
              position,
              kind: phase.kind,
              titleNl: phase.titleNl,
              titleEn: phase.titleEn,
              instructionNl: phase.instructionNl,
              instructionEn: phase.instructionEn,
              durationSeconds: phase.durationSeconds,
              rules: phaseRulesSchema.parse(phase.rules),
            })),
          },
        },
        select: { id: true },
      });
      return { methodId: method.id };
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
}
