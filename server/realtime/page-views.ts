import { cache } from "react";
import { projectSession } from "@/lib/domain/session-projection";
import type { SessionView } from "@/lib/domain/session-view";
import { getDb } from "@/server/db/client";
import { loadSessionRecord } from "@/server/services/live/load";
import { type Member, viewerOf } from "./handshake-auth";

/**
 * The view a page renders on the server, before its live channel connects: the cockpit, a
 * participant's screen and the projector never start blank. It is the view the socket would send
 * the same member first (the live hub's `viewFor`: the record cache and who is connected). Pages
 * run in Next's bundled code and the hub in the custom server; they meet on globalThis, like
 * session-changes.ts. Without a live channel (a page rendered in a test, say) it loads directly.
 */

type ViewReader = (member: Member) => Promise<SessionView | null>;

interface PageViewsGlobal {
  kringPageViewReader?: ViewReader | null;
}

/** Called by the live channel: pages read first views through `reader` until the returned function is called. */
export function providePageViews(reader: ViewReader): () => void {
  const holder = globalThis as PageViewsGlobal;
  holder.kringPageViewReader = reader;
  return () => {
    if (holder.kringPageViewReader === reader) holder.kringPageViewReader = null;
  };
}

/**
 * The first view for `member`, whose access the page has checked; null when the session is gone or
 * the database cannot answer now (the page then shows its "connecting" state and the socket fills it).
 * Once per request (React's cache): the page and its title share it.
 */
export const pageView = cache(async function pageView(
  sessionId: string,
  role: Member["role"],
  participantId = "",
): Promise<SessionView | null> {
  const member: Member = role === "participant" ? { sessionId, role, participantId } : { sessionId, role };
  const reader = (globalThis as PageViewsGlobal).kringPageViewReader;
  try {
    if (reader) return await reader(member);
    const record = await loadSessionRecord(getDb(), member.sessionId);
    return record ? projectSession(record, viewerOf(member), new Set()) : null;
  } catch {
    return null;
  }
});
