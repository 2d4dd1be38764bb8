import { globalChannel } from "./global-channel";

/**
 * Tells the live channel that someone lost access, so that their open connections close at once
 * (they could not open them again: the handshake checks the same rules; see global-channel.ts).
 */
export type AccessRevocation =
  /** Signed out (every session token of theirs is void): all their facilitator connections. */
  | { kind: "signed_out"; userId: string }
  /** No longer shares a group: their lead and projector connections to these sessions. */
  | { kind: "sessions"; userId: string; sessionIds: readonly string[] };

const revocations = globalChannel<AccessRevocation>("kringAccessRevocationListeners");

/** Called by the live channel; returns the function that stops listening. */
export function listenForAccessRevocations(listener: (revocation: AccessRevocation) => void): () => void {
  return revocations.listen(listener);
}

/** After the change has committed: the live channel closes the connections it no longer allows. */
export function announceAccessRevoked(revocation: AccessRevocation): void {
  revocations.announce(revocation);
}
