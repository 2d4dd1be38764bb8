/**
 * Participation balance in one session: how many contributions each person made.
 *
 * The anonymity rule: a reaction posted anonymously counts for nobody. It is counted in one shared
 * "anonymous" total and never under its author, not in their bar, not in a total per person, not in
 * the order of the bars, not in who is shown. The result depends only on the named contributions and
 * on how many anonymous ones there are: moving an anonymous reaction from one author to another
 * changes nothing in it (participation.test.ts checks exactly that).
 *
 * Only what the report shows afterwards counts: revealed reactions (the caller selects them) and
 * pitched cases, which are always made in the open. Votes are left out: who voted is never shown.
 */

/** Someone who took part, as the session knows them. */
export interface ParticipationPerson {
  id: string;
  name: string;
  /** Join order: the order of the bars. */
  joinIndex: number;
  removed: boolean;
}

/**
 * A revealed reaction. A named one says who wrote it; an anonymous one needs no author (the service
 * does not even load it), and one that has one anyway is counted exactly like one without.
 */
export type ParticipationReaction =
  | { anonymous: false; authorId: string }
  | { anonymous: true; authorId?: string | null };

/** A pitched case; cases are always named. */
export interface ParticipationCase {
  ownerId: string;
}

export interface ParticipationBar {
  name: string;
  /** Named reactions only. */
  reactions: number;
  cases: number;
  total: number;
}

export interface ParticipationBalance {
  /** Everyone who took part, in join order (a removed participant only with a named contribution). */
  people: ParticipationBar[];
  /** Reactions posted anonymously, together; never attributed. */
  anonymous: number;
  /** Every contribution, named and anonymous. */
  total: number;
  /** The longest bar, for the chart's scale. */
  max: number;
}

export function participationBalance(
  people: readonly ParticipationPerson[],
  reactions: readonly ParticipationReaction[],
  cases: readonly ParticipationCase[],
): ParticipationBalance {
  const named = new Map<string, { reactions: number; cases: number }>();
  const tally = (id: string) => {
    let entry = named.get(id);
    if (!entry) {
      entry = { reactions: 0, cases: 0 };
      named.set(id, entry);
    }
    return entry;
  };
  let anonymous = 0;
  for (const reaction of reactions) {
    // The author of an anonymous reaction is not read at all.
    if (reaction.anonymous) anonymous += 1;
    else tally(reaction.authorId).reactions += 1;
  }
  for (const each of cases) tally(each.ownerId).cases += 1;

  const bars = [...people]
    .sort((a, b) => a.joinIndex - b.joinIndex)
    .map((person) => {
      const counts = named.get(person.id) ?? { reactions: 0, cases: 0 };
      return { person, bar: { name: person.name, ...counts, total: counts.reactions + counts.cases } };
    })
    .filter(({ person, bar }) => !person.removed || bar.total > 0)
    .map(({ bar }) => bar);
  const total = bars.reduce((sum, bar) => sum + bar.total, 0) + anonymous;
  const max = Math.max(0, anonymous, ...bars.map((bar) => bar.total));
  return { people: bars, anonymous, total, max };
}
