import { randomUUID } from "node:crypto";

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { until } from "@/server/testing/live-clients";
import { type Presence, redisPresence } from "./presence";
import { newClient, type RedisClient } from "./redis";

const quiet = { info: () => undefined };

/** Presence across nodes, on a real Redis (REDIS_URL), each "node" with a client of its own. */
describe.skipIf(!process.env.REDIS_URL)("presence across nodes", () => {
  // A deployment of its own per test: nodes of one test never meet another's.
  let prefix = "";
  const clients: RedisClient[] = [];
  beforeEach(() => {
    prefix = `kring-test:${randomUUID()}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) if (client.isOpen) client.destroy();
  });

  async function node(onNodeGone: (sessionIds: string[]) => void = () => undefined) {
    const client = newClient(process.env.REDIS_URL ?? "");
    client.on("error", () => undefined);
    await client.connect();
    clients.push(client);
    return { client, presence: redisPresence({ client, prefix, nodeId: randomUUID() }, onNodeGone, quiet) };
  }

  const sorted = async (presence: Presence, sessionId: string) => [...(await presence.online(sessionId))].sort();

  it("is the union of what each node publishes, and a node that leaves takes its people along", async () => {
    const [a, b] = [await node(), await node()];
    await a.presence.publish("s1", ["anna", "projector"]);
    await b.presence.publish("s1", ["bram"]);
    await b.presence.publish("s2", ["carla"]);
    expect(await sorted(a.presence, "s1")).toEqual(["anna", "bram", "projector"]);
    expect(await sorted(b.presence, "s2")).toEqual(["carla"]);
    await a.presence.publish("s1", ["projector"]);
    expect(await sorted(b.presence, "s1")).toEqual(["bram", "projector"]);
    expect(await b.presence.stop()).toEqual(["s1", "s2"]);
    expect(await sorted(a.presence, "s1")).toEqual(["projector"]);
    expect(await sorted(a.presence, "s2")).toEqual([]);
    await a.presence.stop();
  });

  it("a node cut off is swept by another, which reports the sessions it was in", async () => {
    const gone: string[][] = [];
    const survivor = await node((sessionIds) => gone.push(sessionIds));
    const lost = await node();
    await lost.presence.publish("s3", ["dirk"]);
    await survivor.presence.publish("s3", ["eva"]);
    expect(await sorted(survivor.presence, "s3")).toEqual(["dirk", "eva"]);
    // As a killed process: its connection drops, and nothing of it says goodbye.
    lost.client.destroy();
    await until(() => gone.length > 0, "the lost node swept", 20_000);
    expect(gone).toEqual([["s3"]]);
    expect(await sorted(survivor.presence, "s3")).toEqual(["eva"]);
    await survivor.presence.stop();
  });
});
