import { createHash, randomUUID } from "node:crypto";
import { createClient } from "redis";
import type { Logger } from "@/server/logger";

/** A node-redis client that reconnects with backoff (connect it with `connect()`). */
export function newClient(url: string) {
  return createClient({
    url,
    // Back off to 2 s between tries; the live channel's own node keeps working meanwhile.
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
}

export type RedisClient = ReturnType<typeof newClient>;

/**
 * Kring's link to the Redis server that its nodes share (REDIS_URL): one client for commands and
 * publishing, one for the adapter's subscriptions, the key prefix of this deployment and this
 * node's id. Redis going away is logged once, and its coming back once; node-redis reconnects on
 * its own, and the live channel keeps serving its own node meanwhile.
 */
export interface Cluster {
  /** This process, among the nodes: new at every start. */
  nodeId: string;
  /** Every key and channel of this deployment starts with it (see clusterPrefix). */
  prefix: string;
  client: RedisClient;
  subscriber: RedisClient;
  /** `listener` runs each time Redis is back after being away (messages between nodes may be lost). */
  onBack(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * The nodes of one deployment share one database; nodes of another (a second Kring on the same
 * Redis, or tests in parallel) use another. So the prefix is named after the database.
 */
export function clusterPrefix(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const database = `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  return `kring:${createHash("sha256").update(database).digest("hex").slice(0, 12)}`;
}

/**
 * Connects to Redis, retrying with backoff; gives up after `waitSeconds` with a message that names
 * the server (never its password).
 */
export async function connectCluster(
  redisUrl: string,
  databaseUrl: string,
  log: Logger,
  waitSeconds: number,
): Promise<Cluster> {
  const client = newClient(redisUrl);
  const subscriber = newClient(redisUrl);
  const away = new Set<RedisClient>();
  const backListeners: (() => void)[] = [];
  for (const each of [client, subscriber]) {
    each.on("error", (error: Error) => {
      if (away.has(each)) return;
      if (away.size === 0) log.info(`redis: away (${error.message}); reconnecting`);
      away.add(each);
    });
    each.on("ready", () => {
      if (!away.delete(each)) return;
      if (away.size === 0) log.info("redis: back");
      for (const listener of backListeners) listener();
    });
  }
  const { host } = new URL(redisUrl);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      for (const each of [client, subscriber]) if (each.isOpen) each.destroy();
      reject(new Error(`Redis at ${host} (REDIS_URL) did not answer within ${waitSeconds} s`));
    }, waitSeconds * 1000);
  });
  try {
    await Promise.race([Promise.all([client.connect(), subscriber.connect()]), gaveUp]);
  } finally {
    clearTimeout(timer);
  }
  return {
    nodeId: randomUUID(),
    prefix: clusterPrefix(databaseUrl),
    client,
    subscriber,
    onBack(listener) {
      backListeners.push(listener);
    },
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
}

/**
 * The command client as Socket.io's adapter gets it. The adapter publishes without handling a
 * failure, and node-redis fails the commands in flight when the connection drops: unhandled, that
 * would end the process. A publish lost that way is made good when Redis is back (Cluster.onBack).
 */
export function adapterPublisher(client: RedisClient): RedisClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "publish" || property === "sPublish") {
        return (...args: unknown[]) => (value.apply(target, args) as Promise<number>).catch(() => 0);
      }
      return value.bind(target);
    },
  });
}
