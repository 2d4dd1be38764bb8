import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionView } from "@/lib/domain/session-view";
import type { Logger } from "@/server/logger";
import { liveClient, type TestLiveClient, until } from "@/server/testing/live-clients";
import { type LiveHarness, startLiveHarness } from "@/server/testing/live-harness";
import { startTcpProxy, throughProxy } from "@/server/testing/tcp-proxy";

/**
 * PostgreSQL goes away in the middle of a round and comes back: the line between Kring and the
 * database runs through a TCP proxy in the test, which drops every connection and refuses new ones.
 * Clients are the browser's own modules (LiveClient + Outbox). Only on PostgreSQL: the embedded
 * database runs inside the server process and cannot go away on its own.
 */
describe.skipIf(!process.env.DATABASE_URL)("the database cut and restored", () => {
  let harness: LiveHarness;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  const lines: string[] = [];
  const errors: string[] = [];
  const log: Logger = {
    info: (message) => lines.push(message),
    debug: () => undefined,
    error: (message) => errors.push(message),
  };
  const clients: TestLiveClient[] = [];

  beforeAll(async () => {
    const server = new URL(process.env.DATABASE_URL ?? "");
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    harness = await startLiveHarness({ liveDbUrl: (url) => throughProxy(url, proxy.port), log });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    proxy.restore();
    await harness?.close();
    await proxy?.close();
  });

  const connect = (options: Parameters<typeof liveClient>[1]) => {
    const client = liveClient(harness.url, options);
    clients.push(client);
    return client;
  };

  it("pauses saving, keeps every post, retries refused handshakes, and loses nothing when it returns", async () => {
    const lead = await harness.facilitator();
    const session = await harness.session(lead.user.id);
    const names = ["Anna", "Bram", "Carla", "Daan", "Eva"];
    const people = [];
    for (const name of names) people.push(await harness.participant(session.id, name));
    const late = await harness.participant(session.id, "Fleur");

    const leader = connect({ cookie: lead.cookie, sessionId: session.id, as: "lead" });
    const writers = people.map((person) =>
      connect({ cookie: person.cookie, sessionId: session.id, as: "participant" }),
    );
    await until(() => [leader, ...writers].every((c) => c.live.state.connection === "connected"), "everyone connected");
    expect(await leader.live.emit("phase:start", {})).toMatchObject({ ok: true });
    expect(await leader.live.emit("phase:next", {})).toMatchObject({ ok: true });
    expect(await leader.live.emit("card:deal", { random: true })).toMatchObject({ ok: true });
    await until(() => leader.live.state.view?.round?.lesson != null, "the dealt card on the lead's screen");
    const roundId = leader.live.state.view?.round?.id ?? "";
    await until(() => writers.every((c) => c.live.state.view?.round?.id === roundId), "the round on every screen");
    const typed: string[] = [];
    const write = (client: TestLiveClient, text: string) => {
      typed.push(text);
      client.outbox.add({ roundId, kind: "idea", text });
    };

    for (const [index, client] of writers.entries()) write(client, `before ${index}`);
    await until(() => writers.every((c) => c.outbox.waiting.length === 0), "posts before the cut acked");

    proxy.cut();
    writers.forEach((client, index) => {
      write(client, `during ${index} a`);
      write(client, `during ${index} b`);
    });
    // Every screen, the lead's too, hears that saving paused; the posts stay in the outboxes.
    await until(() => [leader, ...writers].every((c) => c.live.state.savingPaused), "saving paused on every screen");
    await until(() => writers.every((c) => c.outbox.waiting.length === 2), "posts kept");
    // Someone (re)connecting now is refused for the moment, and tries again by itself.
    const fleur = connect({ cookie: late.cookie, sessionId: session.id, as: "participant" });
    await until(() => fleur.connectErrors >= 2, "the late participant's handshake refused and retried");
    expect(fleur.live.state.fatal).toBeNull();
    expect(fleur.live.state.savingPaused).toBe(true);
    write(fleur, "fleur offline");

    proxy.restore();
    const everyone = [leader, ...writers, fleur];
    await until(() => everyone.every((c) => c.outbox.waiting.length === 0), "every outbox empty");
    await until(() => everyone.every((c) => !c.live.state.savingPaused), "saving resumed on every screen");

    const stored = await harness.db.reaction.findMany({ where: { roundId } });
    const { version } = await harness.db.intervisionSession.findUniqueOrThrow({ where: { id: session.id } });
    await until(
      () => everyone.every((c) => c.live.state.view?.version === version && c.live.state.connection === "connected"),
      "every screen at the database's version",
    );
    // Nothing typed was lost or dropped, nothing stored twice.
    expect(stored.map((reaction) => reaction.text).sort()).toEqual([...typed].sort());
    expect(new Set(stored.map((reaction) => reaction.clientId)).size).toBe(stored.length);
    for (const client of everyone) expect(client.returned).toEqual([]);
    // The lead's view shows what the database holds (reactions are hidden until the reveal: count them).
    const leadView = leader.live.state.view as SessionView;
    expect(leadView.reactions.length + leadView.pendingCount).toBe(stored.length);
    // One line when it went away, one when it came back; no stack per request.
    expect(lines.filter((line) => line.startsWith("database unreachable"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("database is reachable again"))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
