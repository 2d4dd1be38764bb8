import { KringError } from "@/lib/errors";
import type { ProjectorShow } from "@/lib/schemas/live";
import type { Db } from "@/server/db/client";
import { mutateSession } from "./transaction";

/**
 * The lead's projector: the join code shown again (or put away), one reaction in the spotlight (a
 * revealed one of this session), or a page of a long list. A phase change clears the spotlight and
 * goes back to the first page (phase-commands.ts).
 */
export async function showOnProjector(db: Db, sessionId: string, show: ProjectorShow) {
  return mutateSession(db, sessionId, async (tx) => {
    const session = await tx.intervisionSession.findUnique({ where: { id: sessionId }, select: { status: true } });
    if (!session) throw new KringError("not_found");
    if (session.status === "ended") throw new KringError("session_ended");
    if (show.show === "spotlight" && show.reactionId !== null) {
      const reaction = await tx.reaction.findFirst({
        where: { id: show.reactionId, sessionId },
        select: { visibility: true },
      });
      if (!reaction) throw new KringError("not_found");
      if (reaction.visibility !== "revealed") throw new KringError("conflict");
    }
    await tx.intervisionSession.update({
      where: { id: sessionId },
      data:
        show.show === "join"
          ? { projectorJoin: show.on }
          : show.show === "spotlight"
            ? { spotlightId: show.reactionId }
            : { projectorPage: show.page },
    });
  });
}
