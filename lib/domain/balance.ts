/**
 * Participation balance, live, for the facilitator's cockpit only: who has not said anything yet,
 * contributions per person per phase, turns taken, and how long ago each person last contributed.
 *
 * The anonymity rule is the live channel's: an anonymous reaction counts for nobody. The ledger
 * keeps anonymous reactions only as a number per phase, without an author and without a time, so
 * nothing in it (or in the patch that adds to it) can tie a person to a text. A person's counts
 * and their "last contributed" time come from named contributions only: named reactions (pending
 * ones too: the participant list already marks who has written in a round) and pitched cases,
 * which are made in the open.
 */

/** Named contributions of one person in one phase: how many, and when the last one was (server ms). */
export interface NamedTally {
  participantId: string;
  /** Null for a round whose phase was removed from the plan. */
  phaseId: string | null;
  count: number;
  lastAt: number;
}

/** Anonymous reactions in one phase: a number, never a person or a time. */
export interface AnonymousTally {
  phaseId: string | null;
  count: number;
}

/** Turns one person had in the speaking orders of one phase (their turn came and was not skipped). */
export interface TurnTally {
  participantId: string;
  phaseId: string | null;
  count: number;
}

/** Everything the balance is made from, for the whole session. */
export interface ContributionLedger {
  named: NamedTally[];
  anonymous: AnonymousTally[];
  turns: TurnTally[];
}

export const EMPTY_LEDGER: ContributionLedger = { named: [], anonymous: [], turns: [] };

/** One new contribution, as it reaches the ledger (and the lead's patch). Anonymous: no one, no time. */
export type Contribution =
  | { anonymous: false; participantId: string; phaseId: string | null; at: number }
  | { anonymous: true; phaseId: string | null };

/** The ledger with `contribution` added; the ledger given is left as it is. */
export function withContribution(ledger: ContributionLedger, contribution: Contribution): ContributionLedger {
  if (contribution.anonymous) {
    const found = ledger.anonymous.some((tally) => tally.phaseId === contribution.phaseId);
    return {
      ...ledger,
      anonymous: found
        ? ledger.anonymous.map((tally) =>
            tally.phaseId === contribution.phaseId ? { ...tally, count: tally.count + 1 } : tally,
          )
        : [...ledger.anonymous, { phaseId: contribution.phaseId, count: 1 }],
    };
  }
  const { participantId, phaseId, at } = contribution;
  const same = (tally: NamedTally) => tally.participantId === participantId && tally.phaseId === phaseId;
  return {
    ...ledger,
    named: ledger.named.some(same)
      ? ledger.named.map((tally) =>
          same(tally) ? { ...tally, count: tally.count + 1, lastAt: Math.max(tally.lastAt, at) } : tally,
        )
      : [...ledger.named, { participantId, phaseId, count: 1, lastAt: at }],
  };
}

/** A round's speaking order as stored. */
export interface TurnRound {
  phaseId: string | null;
  turnOrder: readonly string[];
  /** The speaker now; null before an order starts, and after its last speaker. */
  turnIndex: number | null;
  turnSkipped: readonly string[];
}

/**
 * Turns taken per person and phase: everyone whose turn has come (the speaker now included) and was
 * not skipped. An order that ran to its end (index null) counts everyone in it.
 */
export function turnsTaken(rounds: readonly TurnRound[]): TurnTally[] {
  const tallies = new Map<string, TurnTally>();
  for (const round of rounds) {
    if (round.turnOrder.length === 0) continue;
    const reached = round.turnIndex === null ? round.turnOrder.length : round.turnIndex + 1;
    const skipped = new Set(round.turnSkipped);
    for (const participantId of round.turnOrder.slice(0, reached)) {
      if (skipped.has(participantId)) continue;
      const key = `${participantId}\u0000${round.phaseId ?? ""}`;
      const tally = tallies.get(key);
      if (tally) tally.count += 1;
      else tallies.set(key, { participantId, phaseId: round.phaseId, count: 1 });
    }
  }
  return [...tallies.values()];
}

/** Which contributions a count covers: one phase, or the whole session. */
export type BalanceScope = { phaseId: string } | "session";

export interface BalancePerson {
  id: string;
  name: string;
  /** Listens in silence now, by the method (the case owner in some phases): never in the cue. */
  listening?: boolean;
}

export interface BalanceRow {
  participantId: string;
  name: string;
  /** Named contributions in the scope. */
  posts: number;
  /** Turns taken in the scope. */
  turns: number;
  /** Whole minutes since their last named contribution in the session; null for none. */
  minutesAgo: number | null;
  /** Nothing named and no turn in the whole session. */
  silent: boolean;
}

export interface BalanceSummary {
  /** Everyone present, in the order given (join order). */
  rows: BalanceRow[];
  /**
   * Who has not said anything yet, for the gentle cue: only once someone else has (at the very
   * start, everyone is silent and a cue would be noise).
   */
  notYetHeard: string[];
  /** Anonymous reactions in the scope, and in the whole session: never per person. */
  anonymous: number;
  anonymousInSession: number;
}

function inScope(scope: BalanceScope, phaseId: string | null) {
  return scope === "session" || scope.phaseId === phaseId;
}

/** The balance as the cockpit shows it, at `now` (the server's clock, as the client estimates it). */
export function balanceSummary(
  ledger: ContributionLedger,
  people: readonly BalancePerson[],
  scope: BalanceScope,
  now: number,
): BalanceSummary {
  const rows = people.map((person): BalanceRow => {
    const named = ledger.named.filter((tally) => tally.participantId === person.id);
    const turns = ledger.turns.filter((tally) => tally.participantId === person.id);
    const lastAt = named.reduce<number | null>((last, tally) => Math.max(last ?? 0, tally.lastAt), null);
    const sum = (tallies: readonly { phaseId: string | null; count: number }[]) =>
      tallies.filter((tally) => inScope(scope, tally.phaseId)).reduce((total, tally) => total + tally.count, 0);
    return {
      participantId: person.id,
      name: person.name,
      posts: sum(named),
      turns: sum(turns),
      minutesAgo: lastAt === null ? null : Math.max(0, Math.floor((now - lastAt) / 60_000)),
      silent: named.length === 0 && turns.length === 0,
    };
  });
  const someoneHeard = rows.some((row) => !row.silent);
  const anonymous = ledger.anonymous
    .filter((tally) => inScope(scope, tally.phaseId))
    .reduce((total, tally) => total + tally.count, 0);
  return {
    rows,
    notYetHeard: someoneHeard
      ? rows.filter((row, index) => row.silent && !people[index]?.listening).map((row) => row.name)
      : [],
    anonymous,
    anonymousInSession: ledger.anonymous.reduce((total, tally) => total + tally.count, 0),
  };
}

/** What a stored reaction adds to the ledger: an anonymous one, no author and no time. */
export function contributionOf(
  reaction: { anonymous: boolean; authorId: string; createdAt: number },
  phaseId: string | null,
): Contribution {
  return reaction.anonymous
    ? { anonymous: true, phaseId }
    : { anonymous: false, participantId: reaction.authorId, phaseId, at: reaction.createdAt };
}
