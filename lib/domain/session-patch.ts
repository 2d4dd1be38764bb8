import { type Contribution, contributionOf, withContribution } from "./balance";
import type { ReactionRecord, ReactionView, SessionView, Viewer } from "./session-view";

/**
 * A small change to one viewer's view, sent instead of the whole view on the hot path (a new
 * reaction). It carries the version it produces; a client applies it only on top of the version
 * right before it, and otherwise asks for the whole view again.
 */
export interface SessionPatch {
  version: number;
  /** The reaction, as this viewer may see it; null when they may not read it yet. */
  reaction: ReactionView | null;
  roundId: string;
  /** Reactions in the round this viewer cannot read yet. */
  pendingCount: number;
  /** How many people have reacted in the round. */
  submittedCount: number;
  /**
   * The participant list's "has reacted" marks, whole, when they changed and the list may show them
   * (submittedMarksShown in session-projection.ts). Never the author on their own: nothing in a patch to
   * anyone else names who wrote it.
   */
  submitters?: string[];
  /** This viewer's own posts left in the round (participants only). */
  postsLeft?: number | null;
  /**
   * What the reaction adds to the participation balance (lib/domain/balance.ts): the lead's patch
   * only. An anonymous one carries no author and no time.
   */
  contribution?: Contribution;
}

/**
 * The answer to a client that missed versions (`session:catchup`): the patches it missed, in order,
 * when the server still has them all, else the whole view.
 */
export type SessionCatchUp = { patches: SessionPatch[] } | { view: SessionView };

/**
 * Whether a whole view (pushed, or the answer to a sync) should replace the one shown: only when it
 * is not older. A patch sent after the server read a sync's answer may arrive before that answer,
 * and the answer must not undo it.
 */
export function replacesView(shown: SessionView | null, next: SessionView): boolean {
  return shown === null || next.version >= shown.version;
}

/** The view after the patch, or null when it does not follow on from `view` (then resync). */
export function applyPatch(view: SessionView, patch: SessionPatch): SessionView | "stale" | null {
  if (patch.version <= view.version) return "stale";
  if (patch.version !== view.version + 1 || view.round?.id !== patch.roundId) return null;
  const reactions = patch.reaction ? placed(view.reactions, patch.reaction) : view.reactions;
  const submitters = patch.submitters ? new Set(patch.submitters) : null;
  return {
    ...view,
    version: patch.version,
    reactions,
    pendingCount: patch.pendingCount,
    submittedCount: patch.submittedCount,
    participants: submitters
      ? view.participants.map((participant) => ({ ...participant, submitted: submitters.has(participant.id) }))
      : view.participants,
    me: view.me && patch.postsLeft !== undefined ? { ...view.me, postsLeft: patch.postsLeft } : view.me,
    balance: view.balance && patch.contribution ? withContribution(view.balance, patch.contribution) : view.balance,
  };
}

/**
 * The view after the patches, applied in order (stale ones skipped), and whether one of them did not
 * follow on: then it and the ones after it are left out, and the client asks for what it missed.
 */
export function applyPatches(view: SessionView, patches: readonly SessionPatch[]): { view: SessionView; gap: boolean } {
  let current = view;
  for (const patch of patches) {
    const next = applyPatch(current, patch);
    if (next === null) return { view: current, gap: true };
    if (next !== "stale") current = next;
  }
  return { view: current, gap: false };
}

/**
 * `reactions` with `added` in the place a whole view would give it (displayOrder in session-projection.ts):
 * a named one after the named ones (it is the newest), an anonymous one among the anonymous ones by
 * its random id, never last because it came last.
 */
function placed(reactions: readonly ReactionView[], added: ReactionView): ReactionView[] {
  const others = reactions.filter((reaction) => reaction.id !== added.id);
  const at = others.findIndex((reaction) =>
    added.anonymous ? reaction.anonymous && reaction.id > added.id : reaction.anonymous,
  );
  if (at === -1) return [...others, added];
  return [...others.slice(0, at), added, ...others.slice(at)];
}

/** A reaction just stored, with what every viewer's patch is made from. */
export interface AddedReaction {
  reaction: ReactionRecord;
  authorName: string;
  /** Pending (not yet revealed) reactions in the round, per author, after this one. */
  pendingByAuthor: Map<string, number>;
  authorPostsLeft: number | null;
  /** Everyone who has reacted in the round, after this one. */
  submitters: string[];
  /** Whether this reaction is its author's first in the round (their mark appears). */
  firstOfAuthor: boolean;
  /** Whether the participant list may mark who has reacted (submittedMarksShown). */
  marksShown: boolean;
  /** The phase of the round it was posted in (for the lead's participation balance). */
  phaseId: string | null;
}

/** A reaction just stored, with the version its commit gave the session. */
export interface VersionedReaction {
  version: number;
  added: AddedReaction;
}

/**
 * The patch `viewer` gets for a new reaction: the same rules as projectSession (session-projection.ts) for
 * one reaction. Pending ones reach only their author; anonymous ones never carry the author to others.
 */
export function patchFor(added: AddedReaction, viewer: Viewer, version: number): SessionPatch {
  const { reaction } = added;
  const viewerId = viewer.kind === "participant" ? viewer.participantId : null;
  const mine = reaction.authorId === viewerId;
  let pendingCount = 0;
  for (const [authorId, count] of added.pendingByAuthor) if (authorId !== viewerId) pendingCount += count;
  const readable = mine || reaction.visibility === "revealed";
  const showAuthor = mine || !reaction.anonymous;
  return {
    version,
    roundId: reaction.roundId,
    pendingCount,
    submittedCount: added.submitters.length,
    ...(added.marksShown && added.firstOfAuthor ? { submitters: added.submitters } : {}),
    ...(mine ? { postsLeft: added.authorPostsLeft } : {}),
    ...(viewer.kind === "facilitator" ? { contribution: contributionOf(reaction, added.phaseId) } : {}),
    reaction: readable
      ? {
          id: reaction.id,
          kind: reaction.kind,
          text: reaction.text,
          authorId: showAuthor ? reaction.authorId : null,
          authorName: showAuthor ? added.authorName : null,
          mine,
          clientId: mine ? reaction.clientId : null,
          visibility: reaction.visibility === "pending" ? "pending" : "revealed",
          anonymous: reaction.anonymous,
          votes: 0,
          myVotes: 0,
          usable: null,
          label: null,
        }
      : null,
  };
}

/**
 * Which viewers get the same patch for a new reaction: its author gets their own, the lead theirs
 * (with the balance's contribution); everyone else's differs only in how many of the round's pending
 * reactions are theirs (those they can read).
 */
export function patchGroup(added: AddedReaction, viewer: Viewer): string {
  // The lead's patch alone carries the balance's contribution.
  if (viewer.kind === "facilitator") return "lead";
  const viewerId = viewer.kind === "participant" ? viewer.participantId : null;
  if (viewerId === added.reaction.authorId) return `author:${viewerId}`;
  return `others:${viewerId ? (added.pendingByAuthor.get(viewerId) ?? 0) : 0}`;
}

/**
 * Which viewers get the same patches for reactions stored together (one frame): those whose
 * patchGroup is the same for each. Most screens (none of the reactions theirs, nothing of theirs
 * pending) share one group, which is named once here rather than once per screen.
 */
export function patchesGroupOf(stored: readonly VersionedReaction[]): (viewer: Viewer) => string {
  const ownOrPending = new Set<string>();
  for (const { added } of stored) {
    ownOrPending.add(added.reaction.authorId);
    for (const [authorId, count] of added.pendingByAuthor) if (count > 0) ownOrPending.add(authorId);
  }
  const keyOf = (viewer: Viewer) => stored.map(({ added }) => patchGroup(added, viewer)).join(" ");
  const everyoneElse = keyOf({ kind: "projector" });
  return (viewer) => {
    if (viewer.kind === "facilitator") return "lead";
    if (viewer.kind === "participant" && ownOrPending.has(viewer.participantId)) return keyOf(viewer);
    return everyoneElse;
  };
}
