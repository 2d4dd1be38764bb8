import { phaseRulesSchema } from "@/lib/schemas/phase-rules";
import type { Db } from "@/server/db/client";

/** The built-in methods and the facilitator's own, each with its phases in order. */
export async function listMethods(db: Db, ownerId: string | null) {
  const methods = await db.method.findMany({
    where: { OR: [{ ownerId: null }, ...(ownerId ? [{ ownerId }] : [])] },
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    include: { phases: { orderBy: { position: "asc" } } },
  });
  // Rules are JSON in the database: parse them on the way out, like any other input.
  return methods.map((method) => ({
    ...method,
    phases: method.phases.map((phase) => ({ ...phase, rules: phaseRulesSchema.parse(phase.rules) })),
  }));
}
