import type { Tx } from "./transaction";

/**
 * What a session stores, counted under its lock, for the ceilings of lib/domain/caps.ts: reactions
 * (every round, withdrawn ones too), cases and action points.
 */
export async function sessionItemCounts(tx: Tx, sessionId: string) {
  const reactions = await tx.reaction.count({ where: { sessionId } });
  const cases = await tx.case.count({ where: { sessionId } });
  const actionPoints = await tx.actionPoint.count({ where: { sessionId } });
  return { reactions, cases, actionPoints, inSession: reactions + cases + actionPoints };
}
