import { KringError } from "@/lib/errors";
import type { Db } from "@/server/db/client";
import type { Handler } from "@/server/realtime/router";
import { suggestForProposals } from "@/server/services/case-proposals";
import { listDecks } from "@/server/services/decks";
import { suggestForCase } from "@/server/services/lesson-suggestions";

export const deckHandlers = (
  db: Db,
): {
  "deck:list": Handler<"deck:list">;
  "lesson:suggest": Handler<"lesson:suggest">;
  "proposal:suggest": Handler<"proposal:suggest">;
} => ({
  "deck:list": async (_payload, { facilitator }) => listDecks(db, facilitator?.id ?? null),
  // The router has checked that this connection leads the session it is bound to.
  "lesson:suggest": async ({ caseId }, { member }) => {
    if (!member) throw new KringError("forbidden");
    return suggestForCase(db, member.sessionId, caseId);
  },
  // Only the proposals this session's lead sees (case-proposals.ts, visibleToLead).
  "proposal:suggest": async ({ proposalIds }, { member }) => {
    if (!member) throw new KringError("forbidden");
    return suggestForProposals(db, member.sessionId, proposalIds);
  },
});
