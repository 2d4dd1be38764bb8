/**
 * A channel from the code that changes things to the live channel that tells the screens. Pages and
 * server actions run in Next's bundled code, which has its own copies of our modules; the live hub
 * runs in the custom server. Both see the same globalThis (like the Prisma client,
 * server/db/client.ts), so the listeners are kept there under `name`, and anyone may announce.
 */
export function globalChannel<T>(name: string) {
  function listeners(): Set<(value: T) => void> {
    const holder = globalThis as unknown as Record<string, Set<(value: T) => void> | undefined>;
    holder[name] ??= new Set();
    return holder[name];
  }
  return {
    /** `listener` hears every announcement until the returned function is called. */
    listen(listener: (value: T) => void): () => void {
      listeners().add(listener);
      return () => void listeners().delete(listener);
    },
    announce(value: T): void {
      for (const listener of listeners()) listener(value);
    },
  };
}
