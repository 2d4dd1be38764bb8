import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import type { LiveHub } from "@/server/realtime/live-hub";
import type { Handler, HandlerContext } from "@/server/realtime/router";
import { addActionPoint, updateActionPoint } from "@/server/services/live/action-commands";
import { chooseCase, pitchCase, voteForCase } from "@/server/services/live/case-commands";
import { updateNotes } from "@/server/services/live/note-commands";
import { labelQuestion, markUsable } from "@/server/services/live/reaction-commands";
import { assignRole } from "@/server/services/live/role-commands";
import type { Actor, Mutation } from "@/server/services/live/transaction";

type IntervisionEvents =
  | "case:pitch"
  | "case:vote"
  | "case:choose"
  | "role:assign"
  | "notes:update"
  | "action:add"
  | "action:update"
  | "reaction:usable"
  | "reaction:label";

/** The facilitator or a participant; the projector only watches. */
function actorOf({ member }: HandlerContext): { sessionId: string; actor: Actor } {
  if (member?.role === "lead") return { sessionId: member.sessionId, actor: { role: "lead" } };
  if (member?.role === "participant") {
    return { sessionId: member.sessionId, actor: { role: "participant", participantId: member.participantId } };
  }
  throw new KringError("forbidden");
}

function participantOf(context: HandlerContext) {
  const { sessionId, actor } = actorOf(context);
  if (actor.role !== "participant") throw new KringError("forbidden");
  return { sessionId, participantId: actor.participantId };
}

/** Cases, roles, notes and action points: each runs one command, then tells the room. */
export function intervisionHandlers(db: Db, hub: LiveHub): { [E in IntervisionEvents]: Handler<E> } {
  async function apply<T>(sessionId: string, run: Promise<Mutation<T>>) {
    const { version, value } = await run;
    hub.changed(sessionId);
    return { version, value };
  }
  return {
    "case:pitch": async ({ clientId, title, question }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version, value } = await apply(
        sessionId,
        pitchCase(db, sessionId, participantId, { clientId, title, question }),
      );
      return { version, caseId: value.caseId };
    },
    "case:vote": async (input, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await apply(sessionId, voteForCase(db, sessionId, participantId, input));
      return { version };
    },
    "case:choose": async ({ caseId }, context) => {
      const { sessionId } = actorOf(context);
      const { version } = await apply(sessionId, chooseCase(db, sessionId, caseId));
      return { version };
    },
    "role:assign": async ({ participantId, role }, context) => {
      const { sessionId } = actorOf(context);
      const { version } = await apply(sessionId, assignRole(db, sessionId, participantId, role));
      return { version };
    },
    "notes:update": async (input, context) => {
      const { sessionId, actor } = actorOf(context);
      const { version, value } = await apply(sessionId, updateNotes(db, sessionId, actor, input));
      return { version, notesVersion: value.notesVersion };
    },
    "action:add": async (input, context) => {
      const { sessionId, actor } = actorOf(context);
      const { version, value } = await apply(sessionId, addActionPoint(db, sessionId, actor, input));
      return { version, actionPointId: value.actionPointId };
    },
    "action:update": async (input, context) => {
      const { sessionId, actor } = actorOf(context);
      const { version } = await apply(sessionId, updateActionPoint(db, sessionId, actor, input));
      return { version };
    },
    "reaction:usable": async ({ reactionId, usable }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await apply(sessionId, markUsable(db, sessionId, participantId, reactionId, usable));
      return { version };
    },
    "reaction:label": async ({ reactionId, label }, context) => {
      const { sessionId, participantId } = participantOf(context);
      const { version } = await apply(sessionId, labelQuestion(db, sessionId, participantId, reactionId, label));
      return { version };
    },
  };
}
