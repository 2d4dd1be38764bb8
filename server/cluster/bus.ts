import type { AddedReaction } from "@/lib/domain/session-patch";
import type { AccessRevocation } from "@/server/events/access-revocations";
import type { KringServer } from "@/server/realtime/types";

/** An AddedReaction as it crosses to another node (a Map does not survive the adapter's encoding). */
export type SharedReaction = Omit<AddedReaction, "pendingByAuthor"> & { pendingByAuthor: [string, number][] };

export const shareReaction = (added: AddedReaction): SharedReaction => ({
  ...added,
  pendingByAuthor: [...added.pendingByAuthor],
});

export const unshareReaction = (shared: SharedReaction): AddedReaction => ({
  ...shared,
  pendingByAuthor: new Map(shared.pendingByAuthor),
});

/**
 * What one node tells the others, through the Socket.io adapter's server-side events (Redis
 * pub/sub with REDIS_URL). Each node then tells its own connections: views and patches are
 * projected where the sockets are, so they never cross Redis once per socket.
 */
export interface ClusterEvents {
  /** These sessions changed: load and send them again. */
  "kring:changed": (sessionIds: string[]) => void;
  /** Reactions were stored (one commit's, in version order): patch the screens, keep the cached record current. */
  "kring:reactions": (sessionId: string, stored: { version: number; added: SharedReaction }[]) => void;
  /** Who is present in these sessions changed: send it again (read from the shared presence). */
  "kring:presence": (sessionIds: string[]) => void;
  /** Someone lost access: close their connections. */
  "kring:revoked": (revocation: AccessRevocation) => void;
}

type Tell = <E extends keyof ClusterEvents>(event: E, ...args: Parameters<ClusterEvents[E]>) => void;

/**
 * The other nodes: `tell` reaches each of them once (not this one), `hear` handles what they tell.
 * On one node (`clustered` false) both do nothing, and callers skip preparing what they would tell.
 */
export function otherNodes(
  io: KringServer,
  clustered: boolean,
): { clustered: boolean; tell: Tell; hear(listeners: Partial<ClusterEvents>): void } {
  if (!clustered) return { clustered, tell: () => undefined, hear: () => undefined };
  return {
    clustered,
    tell: (event, ...args) => {
      io.serverSideEmit(event, ...args);
    },
    hear(listeners) {
      for (const [event, listener] of Object.entries(listeners)) {
        io.on(event as keyof ClusterEvents, listener as (...args: unknown[]) => void);
      }
    },
  };
}
