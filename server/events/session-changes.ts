/**
 * Tells the live channel that sessions changed outside it, e.g. an action point marked done on a
 * group's overview page while a session that shows it is running. Pages and server actions run in
 * Next's bundled code, which has its own copies of our modules; the live hub runs in the custom
 * server. Both see the same globalThis (like the Prisma client, server/db/client.ts), so the hub
 * registers its listener there and anyone may announce a change.
 */

type Listener = (sessionIds: readonly string[]) => void;

interface ChangesGlobal {
  kringSessionChangeListeners?: Set<Listener>;
}

function listeners(): Set<Listener> {
  const holder = globalThis as ChangesGlobal;
  holder.kringSessionChangeListeners ??= new Set();
  return holder.kringSessionChangeListeners;
}

/** Called by the live hub: `listener` hears every announced change until the returned function is called. */
export function listenForSessionChanges(listener: Listener): () => void {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/** After a change has committed: the open screens of these sessions load them again. */
export function announceSessionChanges(sessionIds: readonly string[]): void {
  if (sessionIds.length === 0) return;
  for (const listener of listeners()) listener(sessionIds);
}
