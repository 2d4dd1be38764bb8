import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import type { LiveHub } from "@/server/realtime/live-hub";
import type { Handler, HandlerContext } from "@/server/realtime/router";
import { removeParticipant, setJoinLock } from "@/server/services/live/participants";
import { changePhase, commandTimer } from "@/server/services/live/phase-commands";
import { showOnProjector } from "@/server/services/live/projector-commands";
import { dealCard, revealRound, setReactionHidden, setVoting } from "@/server/services/live/round-commands";
import type { Mutation } from "@/server/services/live/transaction";
import { advanceTurn, startTurns } from "@/server/services/live/turn-commands";

type LeadEvents =
  | "session:end"
  | "phase:start"
  | "phase:next"
  | "phase:back"
  | "phase:jump"
  | "timer:command"
  | "card:deal"
  | "round:reveal"
  | "round:voting"
  | "reaction:hide"
  | "reaction:unhide"
  | "turns:start"
  | "turns:next"
  | "turns:skip"
  | "participant:remove"
  | "session:lock"
  | "projector:show";

/** The session the connection leads (the router has checked the role). */
function sessionOf({ member }: HandlerContext): string {
  if (!member) throw new KringError("forbidden");
  return member.sessionId;
}

/** The facilitator's controls: each runs one command, then tells the room. */
export function leadHandlers(db: Db, hub: LiveHub): { [E in LeadEvents]: Handler<E> } {
  const apply = async (context: HandlerContext, run: (sessionId: string) => Promise<Mutation<unknown>>) => {
    const sessionId = sessionOf(context);
    const { version } = await run(sessionId);
    hub.changed(sessionId);
    return { version };
  };
  return {
    "session:end": (_, context) => apply(context, (id) => changePhase(db, id, { type: "end" })),
    "phase:start": (_, context) => apply(context, (id) => changePhase(db, id, { type: "start" })),
    "phase:next": (_, context) => apply(context, (id) => changePhase(db, id, { type: "next" })),
    "phase:back": (_, context) => apply(context, (id) => changePhase(db, id, { type: "back" })),
    "phase:jump": ({ index }, context) => apply(context, (id) => changePhase(db, id, { type: "jump", index })),
    "timer:command": (command, context) => apply(context, (id) => commandTimer(db, id, command)),
    "card:deal": (choice, context) => apply(context, (id) => dealCard(db, id, choice)),
    "round:reveal": (_, context) => apply(context, (id) => revealRound(db, id)),
    "round:voting": ({ closed }, context) => apply(context, (id) => setVoting(db, id, closed)),
    "reaction:hide": ({ reactionId }, context) => apply(context, (id) => setReactionHidden(db, id, reactionId, true)),
    "reaction:unhide": ({ reactionId }, context) =>
      apply(context, (id) => setReactionHidden(db, id, reactionId, false)),
    "turns:start": ({ order }, context) => apply(context, (id) => startTurns(db, id, order)),
    "turns:next": (_, context) => apply(context, (id) => advanceTurn(db, id, false)),
    "turns:skip": (_, context) => apply(context, (id) => advanceTurn(db, id, true)),
    "participant:remove": async ({ participantId }, context) => {
      const result = await apply(context, (id) => removeParticipant(db, id, participantId));
      hub.expel(participantId);
      return result;
    },
    "session:lock": ({ locked }, context) => apply(context, (id) => setJoinLock(db, id, locked)),
    "projector:show": (show, context) => apply(context, (id) => showOnProjector(db, id, show)),
  };
}
