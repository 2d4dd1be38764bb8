import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import type { LiveHub } from "@/server/realtime/live-hub";
import type { Handler, HandlerContext } from "@/server/realtime/router";
import { chooseMember } from "@/server/services/live/member-choice";
import { castVote, editReaction, retractVote, withdrawReaction } from "@/server/services/live/reaction-commands";
import type { ReactionWriter } from "@/server/services/live/reaction-writer";

type ParticipantEvents =
  | "reaction:add"
  | "reaction:edit"
  | "reaction:withdraw"
  | "vote:cast"
  | "vote:retract"
  | "participant:member";

function participantOf({ member }: HandlerContext) {
  if (member?.role !== "participant") throw new KringError("forbidden");
  return member;
}

/** What participants do: write, edit and withdraw reactions, and vote. */
export function participantHandlers(
  db: Db,
  writer: ReactionWriter,
  hub: LiveHub,
): { [E in ParticipantEvents]: Handler<E> } {
  return {
    "reaction:add": async (input, context) => {
      const { sessionId, participantId } = participantOf(context);
      // The writer has sent the new reaction's patches; a retry of a stored one changes nothing,
      // but its view is sent again in full.
      const { version, reactionId, announced } = await writer.post(sessionId, participantId, input);
      if (!announced) hub.changed(sessionId);
      return { version, reactionId };
    },
    "reaction:edit": async ({ reactionId, text }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await editReaction(db, sessionId, participantId, reactionId, text);
      hub.changed(sessionId);
      return { version };
    },
    "reaction:withdraw": async ({ reactionId }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await withdrawReaction(db, sessionId, participantId, reactionId);
      hub.changed(sessionId);
      return { version };
    },
    "vote:cast": async (input, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await castVote(db, sessionId, participantId, input);
      hub.changed(sessionId);
      return { version };
    },
    "vote:retract": async ({ reactionId }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await retractVote(db, sessionId, participantId, reactionId);
      hub.changed(sessionId);
      return { version };
    },
    "participant:member": async ({ groupMemberId }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await chooseMember(db, sessionId, participantId, groupMemberId);
      hub.changed(sessionId);
      return { version };
    },
  };
}
