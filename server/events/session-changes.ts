import { globalChannel } from "./global-channel";

/**
 * Tells the live channel that sessions changed outside it, e.g. an action point marked done on a
 * group's overview page while a session that shows it is running (see global-channel.ts).
 */
const changes = globalChannel<readonly string[]>("kringSessionChangeListeners");

/** Called by the live hub: `listener` hears every announced change until the returned function is called. */
export function listenForSessionChanges(listener: (sessionIds: readonly string[]) => void): () => void {
  return changes.listen(listener);
}

/** After a change has committed: the open screens of these sessions load them again. */
export function announceSessionChanges(sessionIds: readonly string[]): void {
  if (sessionIds.length > 0) changes.announce(sessionIds);
}
