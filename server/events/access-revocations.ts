/**
 * Tells the live channel that someone lost access, so that their open connections close at once
 * (they could not open them again: the handshake checks the same rules). Like session-changes.ts,
 * the listener is kept on globalThis so that Next's bundled server actions reach the custom server's
 * Socket.io.
 */
export type AccessRevocation =
  /** Signed out (every session token of theirs is void): all their facilitator connections. */
  | { kind: "signed_out"; userId: string }
  /** No longer shares a group: their lead and projector connections to these sessions. */
  | { kind: "sessions"; userId: string; sessionIds: readonly string[] };

type Listener = (revocation: AccessRevocation) => void;

interface RevocationsGlobal {
  kringAccessRevocationListeners?: Set<Listener>;
}

function listeners(): Set<Listener> {
  const holder = globalThis as RevocationsGlobal;
  holder.kringAccessRevocationListeners ??= new Set();
  return holder.kringAccessRevocationListeners;
}

/** Called by the live channel; returns the function that stops listening. */
export function listenForAccessRevocations(listener: Listener): () => void {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/** After the change has committed: the live channel closes the connections it no longer allows. */
export function announceAccessRevoked(revocation: AccessRevocation): void {
  for (const listener of listeners()) listener(revocation);
}
