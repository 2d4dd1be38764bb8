import type { Cluster } from "./redis";

/**
 * Who is connected to which session, across the nodes that serve it. Each node counts its own
 * connections (live-hub.ts) and publishes, per session, the keys present on it; `online` is the
 * union over the nodes that are alive.
 */
export interface Presence {
  /** This node's present keys in `sessionId` are now `keys` (none: it has no one there). */
  publish(sessionId: string, keys: readonly string[]): Promise<void>;
  /** Who is present in the session, on any node that is alive. */
  online(sessionId: string): Promise<Set<string>>;
  /** This node leaves: its presence goes; answers the sessions it was in. */
  stop(): Promise<string[]>;
}

/** One node: presence is this process's own counts. */
export function localPresence(here: (sessionId: string) => Iterable<string>): Presence {
  return {
    publish: async () => undefined,
    online: async (sessionId) => new Set(here(sessionId)),
    stop: async () => [],
  };
}

/** How often a node says it is alive, and after how long without that it counts as gone. */
export const NODE_HEARTBEAT_MS = 2000;
export const NODE_EXPIRY_MS = 6000;
/** Keys that no living node renews (every node gone at once) leave Redis after this. */
const KEY_TTL_MS = 60_000;

/**
 * Several nodes: presence in Redis. Per session a hash from node id to that node's keys; per node
 * the set of sessions it has published, and in one sorted set every node with the time its
 * presence expires. A node renews that every NODE_HEARTBEAT_MS. Whichever node first finds
 * another one expired (a node killed, or cut off) removes that node's presence and reports the
 * sessions concerned through `changed`, so their screens hear who left. A node that finds itself
 * swept (its event loop stalled past the expiry, Redis restarted) publishes its presence again,
 * as it does what changed while Redis was away, and reports those sessions the same way.
 *
 * Why not Socket.io's own `fetchSockets()` across nodes: it asks every node and waits for all of
 * them, per call, and a node that died mid-request costs the full request timeout; presence is
 * read on every view a screen asks for, so it must be one Redis round trip.
 */
export function redisPresence(
  cluster: Pick<Cluster, "client" | "prefix" | "nodeId">,
  /** Presence in these sessions changed without a connection of this node coming or going. */
  changed: (sessionIds: string[]) => void,
  log: { info(message: string): void },
): Presence {
  const { client, prefix, nodeId } = cluster;
  const nodes = `${prefix}:nodes`;
  const sessionKey = (sessionId: string) => `${prefix}:presence:${sessionId}`;
  const sessionsOf = (node: string) => `${prefix}:node:${node}:sessions`;
  /** What this node has published, to publish again after being swept. */
  const published = new Map<string, string>();
  /** Sessions whose presence changed while Redis was away: written at the next heartbeat. */
  const unsent = new Set<string>();

  /** Adds the commands that write this node's presence in `sessionId` as `published` has it. */
  function write(multi: ReturnType<typeof client.multi>, sessionId: string) {
    const value = published.get(sessionId);
    if (value === undefined) return multi.hDel(sessionKey(sessionId), nodeId).sRem(sessionsOf(nodeId), sessionId);
    return multi
      .hSet(sessionKey(sessionId), nodeId, value)
      .pExpire(sessionKey(sessionId), KEY_TTL_MS)
      .sAdd(sessionsOf(nodeId), sessionId)
      .pExpire(sessionsOf(nodeId), KEY_TTL_MS);
  }

  async function publish(sessionId: string, keys: readonly string[]) {
    if (keys.length > 0) published.set(sessionId, JSON.stringify([...keys]));
    else published.delete(sessionId);
    // Redis away: no waiting in node-redis's queue; the heartbeat writes it once Redis is back.
    if (!client.isReady) {
      unsent.add(sessionId);
      return;
    }
    await write(client.multi(), sessionId)
      .exec()
      .catch((error: unknown) => {
        unsent.add(sessionId);
        throw error;
      });
  }

  async function online(sessionId: string): Promise<Set<string>> {
    // Redis away: the caller falls back to this node's own presence rather than wait.
    if (!client.isReady) throw new Error("redis is not connected");
    const [fields, alive] = (await client
      .multi()
      .hGetAll(sessionKey(sessionId))
      .zRangeByScore(nodes, Date.now(), "+inf")
      .exec()) as unknown as [Record<string, string>, string[]];
    const living = new Set(alive);
    const present = new Set<string>();
    for (const [node, value] of Object.entries(fields)) {
      if (!living.has(node)) continue;
      for (const key of JSON.parse(value) as string[]) present.add(key);
    }
    return present;
  }

  async function sweep() {
    for (const gone of await client.zRangeByScore(nodes, "-inf", Date.now())) {
      // Only the node whose removal succeeds cleans up after it.
      if ((await client.zRem(nodes, gone)) !== 1) continue;
      const sessionIds = await client.sMembers(sessionsOf(gone));
      const multi = client.multi();
      for (const sessionId of sessionIds) multi.hDel(sessionKey(sessionId), gone);
      await multi.del(sessionsOf(gone)).exec();
      log.info(`cluster: node ${gone} is gone; its presence in ${sessionIds.length} session(s) removed`);
      changed(sessionIds);
    }
  }

  async function heartbeat() {
    if (!client.isReady) return;
    const added = await client.zAdd(nodes, { score: Date.now() + NODE_EXPIRY_MS, value: nodeId });
    // Renews this node's keys; after being swept (or Redis restarted), writes its presence again,
    // and what changed while Redis was away.
    const multi = client.multi().pExpire(nodes, KEY_TTL_MS).pExpire(sessionsOf(nodeId), KEY_TTL_MS);
    const rewrite = added === 1 ? new Set([...published.keys(), ...unsent]) : new Set(unsent);
    unsent.clear();
    for (const sessionId of rewrite) write(multi, sessionId);
    for (const sessionId of published.keys()) multi.pExpire(sessionKey(sessionId), KEY_TTL_MS);
    await multi.exec().catch((error: unknown) => {
      for (const sessionId of rewrite) unsent.add(sessionId);
      throw error;
    });
    if (rewrite.size > 0) changed([...rewrite]);
    await sweep();
  }

  // Redis runs one connection's commands in order: whatever this node asks after this is answered
  // with the node counted alive.
  let beating = heartbeat().catch(() => undefined);
  const timer = setInterval(() => {
    beating = heartbeat().catch(() => undefined);
  }, NODE_HEARTBEAT_MS);
  timer.unref();

  return {
    publish,
    online,
    async stop() {
      clearInterval(timer);
      await beating;
      const sessionIds = [...published.keys()];
      published.clear();
      // Redis away: the other nodes sweep this one once its expiry passes.
      if (!client.isReady) return [];
      const multi = client.multi();
      for (const sessionId of sessionIds) multi.hDel(sessionKey(sessionId), nodeId);
      await multi.del(sessionsOf(nodeId)).zRem(nodes, nodeId).exec();
      return sessionIds;
    },
  };
}
