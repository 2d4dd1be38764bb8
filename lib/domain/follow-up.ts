/**
 * Follow-up across a group's sessions: when the group has open action points, the session's plan
 * starts by looking back on them, whether or not its method has a look-back phase of its own.
 */
export function withLookBack<P extends { kind: string }>(
  phases: readonly P[],
  lookBack: P,
  openActionPoints: number,
): P[] {
  if (openActionPoints === 0 || phases.some((phase) => phase.kind === "look_back")) return [...phases];
  return [lookBack, ...phases];
}
