/**
 * Many lookups by key, read in few queries: a lookup asked while `inFlight` queries are already
 * running waits for one of them to finish, and then goes out in one query together with every
 * lookup that was asked meanwhile. An idle server answers at once (a query of one key); a server
 * that a thousand reconnecting screens ask at the same time answers them in a handful of queries
 * instead of a thousand, which is what lets it settle after a restart.
 *
 * Every answer comes from a query that began after it was asked, so it holds what was committed
 * before the question. (DataLoader gathers only within one event-loop turn, which under load is a
 * few keys; this gathers for as long as the database is busy, which is what matters here.)
 */
export function gatheredLookup<V>(
  fetch: (keys: string[]) => Promise<Map<string, V>>,
  { inFlight = 2 }: { inFlight?: number } = {},
): (key: string) => Promise<V | null> {
  type Waiter = { resolve: (value: V | null) => void; reject: (error: unknown) => void };
  let waiting = new Map<string, Waiter[]>();
  let running = 0;

  async function run(batch: Map<string, Waiter[]>) {
    running += 1;
    try {
      const found = await fetch([...batch.keys()]);
      for (const [key, waiters] of batch) for (const { resolve } of waiters) resolve(found.get(key) ?? null);
    } catch (error) {
      for (const waiters of batch.values()) for (const { reject } of waiters) reject(error);
    } finally {
      running -= 1;
      startIfDue();
    }
  }

  function startIfDue() {
    if (running >= inFlight || waiting.size === 0) return;
    const batch = waiting;
    waiting = new Map();
    void run(batch);
  }

  return (key) =>
    new Promise((resolve, reject) => {
      const first = waiting.size === 0;
      const waiters = waiting.get(key) ?? [];
      waiters.push({ resolve, reject });
      waiting.set(key, waiters);
      // The lookups asked in the same event-loop turn go together even on an idle server.
      if (first) setImmediate(startIfDue);
    });
}
