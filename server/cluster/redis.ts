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

export async function connectCluster(redisUrl: string, databaseUrl: string, log: Logger): Promise<Cluster> {
  let away = false;
  const client = newClient(redisUrl);
  const subscriber = newClient(redisUrl);
  for (const each of [client, subscriber]) {
    each.on("error", (error: Error) => {
      if (away) return;
      away = true;
      log.info(`redis: away (${error.message}); reconnecting`);
    });
    each.on("ready", () => {
      if (!away) return;
      away = false;
      log.info("redis: back");
    });
  }
  await Promise.all([client.connect(), subscriber.connect()]);
  return {
    nodeId: randomUUID(),
    prefix: clusterPrefix(databaseUrl),
    client,
    subscriber,
    async close() {
      await Promise.allSettled([client.close(), subscriber.close()]);
    },
  };
}
