import type { AddedReaction, VersionedReaction } from "@/lib/domain/session-patch";

/** Recent reactions kept per session, and sessions kept at most (the least recently written first out). */
const MAX_ENTRIES = 200;
const MAX_SESSIONS = 500;

/**
 * The newest run of reactions of each live session, in version order without holes, so that a
 * client that missed a few patches can be sent just those (`session:catchup`) instead of the whole
 * view. A version that is not a new reaction (a vote, a phase, a reveal) is not in here: the run
 * starts again after it, and a client from before it gets the whole view. Only this server's own
 * writes are in here, and nothing survives a restart; the whole view is always the fallback.
 */
export function createPatchLog(maxEntries = MAX_ENTRIES, maxSessions = MAX_SESSIONS) {
  const runs = new Map<string, VersionedReaction[]>();

  return {
    add(sessionId: string, version: number, added: AddedReaction) {
      const run = runs.get(sessionId);
      runs.delete(sessionId);
      const last = run?.at(-1);
      const next = run && last && last.version === version - 1 ? run : [];
      next.push({ version, added });
      if (next.length > maxEntries) next.splice(0, next.length - maxEntries);
      runs.set(sessionId, next);
      if (runs.size > maxSessions) {
        const oldest = runs.keys().next().value;
        if (oldest !== undefined) runs.delete(oldest);
      }
    },

    /**
     * The reactions after `since` up to `latest` (the newest version this server knows of the
     * session), or null when the run does not hold every one of them.
     */
    since(sessionId: string, since: number, latest: number): VersionedReaction[] | null {
      const run = runs.get(sessionId);
      const first = run?.[0];
      const last = run?.at(-1);
      if (!run || !first || !last || last.version !== latest) return null;
      if (since < first.version - 1 || since > latest) return null;
      return run.slice(since - first.version + 1);
    },
  };
}

export type PatchLog = ReturnType<typeof createPatchLog>;
