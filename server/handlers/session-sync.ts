import { KringError } from "@/lib/errors";
import type { LiveHub } from "@/server/realtime/live-hub";
import type { Handler } from "@/server/realtime/router";

/** The whole view for this connection: after connecting, reconnecting, or missing a version. */
export const sessionSync =
  (hub: LiveHub): Handler<"session:sync"> =>
  async (_, { member }) => {
    if (!member) throw new KringError("forbidden");
    const view = await hub.viewFor(member);
    if (!view) throw new KringError("not_found");
    return view;
  };

/** What a client missed since the version it shows (after a version gap): patches, or the whole view. */
export const sessionCatchUp =
  (hub: LiveHub): Handler<"session:catchup"> =>
  async ({ since }, { member }) => {
    if (!member) throw new KringError("forbidden");
    const answer = await hub.catchUp(member, since);
    if (!answer) throw new KringError("not_found");
    return answer;
  };
