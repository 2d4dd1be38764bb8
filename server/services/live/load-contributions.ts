import {
  type ContributionLedger,
  EMPTY_LEDGER,
  type NamedTally,
  turnsTaken,
  withContribution,
} from "@/lib/domain/balance";
import type { PhaseView } from "@/lib/domain/session-view";
import type { Db } from "@/server/db/client";

type Client = Pick<Db, "reaction">;

/** A round of the session, as the live load read it with the session. */
type RoundTurns = {
  id: string;
  phaseId: string | null;
  turnOrder: string[];
  turnIndex: number | null;
  turnSkipped: string[];
};

/**
 * The session's participation ledger (lib/domain/balance.ts), read inside the live load's snapshot:
 * named reactions counted per author and round, anonymous ones counted per round without reading
 * their authors at all, the speaking orders of every round, and the pitched cases (named, and
 * counted in the first phase that takes pitches; a case does not record its phase).
 */
export async function loadContributions(
  db: Client,
  sessionId: string,
  rounds: readonly RoundTurns[],
  phases: readonly PhaseView[],
  cases: readonly { ownerId: string; createdAt: Date }[],
): Promise<ContributionLedger> {
  // One after the other: a transaction has one connection.
  const named = await db.reaction.groupBy({
    by: ["authorId", "roundId"],
    where: { sessionId, anonymous: false, visibility: { not: "withdrawn" } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const anonymous = await db.reaction.groupBy({
    by: ["roundId"],
    where: { sessionId, anonymous: true, visibility: { not: "withdrawn" } },
    _count: { _all: true },
  });
  const phaseOfRound = new Map(rounds.map((round) => [round.id, round.phaseId]));

  const tallies = new Map<string, NamedTally>();
  const addNamed = (participantId: string, phaseId: string | null, count: number, lastAt: number) => {
    const key = `${participantId}\u0000${phaseId ?? ""}`;
    const tally = tallies.get(key);
    if (tally) {
      tally.count += count;
      tally.lastAt = Math.max(tally.lastAt, lastAt);
    } else tallies.set(key, { participantId, phaseId, count, lastAt });
  };
  for (const group of named) {
    const phaseId = phaseOfRound.get(group.roundId) ?? null;
    addNamed(group.authorId, phaseId, group._count._all, group._max.createdAt?.getTime() ?? 0);
  }
  const pitchPhase = phases.find((phase) => phase.rules.postKinds.includes("pitch"))?.id ?? null;
  for (const each of cases) addNamed(each.ownerId, pitchPhase, 1, each.createdAt.getTime());

  let ledger: ContributionLedger = {
    ...EMPTY_LEDGER,
    named: [...tallies.values()],
    turns: turnsTaken(rounds),
  };
  for (const group of anonymous) {
    const phaseId = phaseOfRound.get(group.roundId) ?? null;
    for (let i = 0; i < group._count._all; i++) ledger = withContribution(ledger, { anonymous: true, phaseId });
  }
  return ledger;
}
