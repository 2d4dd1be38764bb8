import type { ReactionRecord } from "./session-view";

/**
 * What the hot path counts over a round's reactions (new-reaction.ts): which client ids are taken,
 * each author's posts and pending ones, who has reacted, and whether an anonymous reaction shows.
 * Counting them over the whole round for every new reaction made a post cost more the fuller its
 * round was; a tally is kept beside each record's reaction list instead and brought up to date
 * with the reactions appended since, so the 300th post costs what the first did.
 *
 * It rests on how records are used: a record's reactions are only ever appended to
 * (appendReaction); any other change loads a new record, with a new list.
 */
export interface RoundTally {
  /** How many reactions of the list it has counted. */
  counted: number;
  clientIds: Set<string>;
  /** Each author's reactions, withdrawn ones left out (as the quota counts them). */
  postsByAuthor: Map<string, number>;
  /** Each author's reactions that wait for the reveal. */
  pendingByAuthor: Map<string, number>;
  /** Everyone with a reaction that is not withdrawn. */
  submitters: Set<string>;
  /** Anonymous reactions that are neither pending nor withdrawn. */
  shownAnonymous: number;
}

const tallies = new WeakMap<readonly ReactionRecord[], RoundTally>();

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function count(tally: RoundTally, reaction: ReactionRecord) {
  tally.clientIds.add(reaction.clientId);
  if (reaction.visibility === "withdrawn") return;
  bump(tally.postsByAuthor, reaction.authorId);
  tally.submitters.add(reaction.authorId);
  if (reaction.visibility === "pending") bump(tally.pendingByAuthor, reaction.authorId);
  else if (reaction.anonymous) tally.shownAnonymous += 1;
}

/** The tally of `reactions`, counting only what was appended since it was last asked for. */
export function tallyOf(reactions: readonly ReactionRecord[]): RoundTally {
  let tally = tallies.get(reactions);
  // A list that shrank is not one this was counted from (lists are only appended to): start over.
  if (!tally || tally.counted > reactions.length) {
    tally = {
      counted: 0,
      clientIds: new Set(),
      postsByAuthor: new Map(),
      pendingByAuthor: new Map(),
      submitters: new Set(),
      shownAnonymous: 0,
    };
    tallies.set(reactions, tally);
  }
  for (; tally.counted < reactions.length; tally.counted++) {
    const reaction = reactions[tally.counted];
    if (reaction) count(tally, reaction);
  }
  return tally;
}
