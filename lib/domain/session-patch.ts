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
  authorId: string;
  /** Reactions in the round this viewer cannot read yet. */
  pendingCount: number;
  /** This viewer's own posts left in the round (participants only). */
  postsLeft?: number | null;
}

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
  const reactions = patch.reaction
    ? [...view.reactions.filter((reaction) => reaction.id !== patch.reaction?.id), patch.reaction]
    : view.reactions;
  return {
    ...view,
    version: patch.version,
    reactions,
    pendingCount: patch.pendingCount,
    participants: view.participants.map((participant) =>
      participant.id === patch.authorId ? { ...participant, submitted: true } : participant,
    ),
    me: view.me && patch.postsLeft !== undefined ? { ...view.me, postsLeft: patch.postsLeft } : view.me,
  };
}

/** A reaction just stored, with what every viewer's patch is made from. */
export interface AddedReaction {
  reaction: ReactionRecord;
  authorName: string;
  /** Pending (not yet revealed) reactions in the round, per author, after this one. */
  pendingByAuthor: Map<string, number>;
  authorPostsLeft: number | null;
}

/**
 * The patch `viewer` gets for a new reaction: the same rules as projectSession (session-view.ts) for
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
    authorId: reaction.authorId,
    pendingCount,
    ...(mine ? { postsLeft: added.authorPostsLeft } : {}),
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
 * Which viewers get the same patch for a new reaction: its author gets their own; everyone else's
 * differs only in how many of the round's pending reactions are theirs (those they can read).
 */
export function patchGroup(added: AddedReaction, viewer: Viewer): string {
  const viewerId = viewer.kind === "participant" ? viewer.participantId : null;
  if (viewerId === added.reaction.authorId) return `author:${viewerId}`;
  return `others:${viewerId ? (added.pendingByAuthor.get(viewerId) ?? 0) : 0}`;
}
