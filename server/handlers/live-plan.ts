import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import type { LiveHub } from "@/server/realtime/live-hub";
import type { Handler, HandlerContext } from "@/server/realtime/router";
import { saveAsMethod, updatePlan } from "@/server/services/live/plan-commands";

type PlanEvents = "plan:update" | "method:save";

/** The facilitator leading the session (the router has checked the access; this names the session). */
function leadOf({ member, facilitator }: HandlerContext) {
  if (member?.role !== "lead" || !facilitator) throw new KringError("forbidden");
  return { sessionId: member.sessionId, facilitatorId: facilitator.id };
}

/** The phase plan before the start, and saving it as the facilitator's own method. */
export function planHandlers(db: Db, hub: LiveHub): { [E in PlanEvents]: Handler<E> } {
  return {
    "plan:update": async (input, context) => {
      const { sessionId } = leadOf(context);
      const { version } = await updatePlan(db, sessionId, input);
      hub.changed(sessionId);
      return { version };
    },
    "method:save": async ({ name }, context) => {
      const { sessionId, facilitatorId } = leadOf(context);
      return saveAsMethod(db, sessionId, facilitatorId, name);
    },
  };
}
