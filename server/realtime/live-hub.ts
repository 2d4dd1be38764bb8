import { patchesGroupOf, patchFor, type SessionCatchUp, type VersionedReaction } from "@/lib/domain/session-patch";
import { projectSession } from "@/lib/domain/session-projection";
import { PROJECTOR_PRESENCE, type Viewer } from "@/lib/domain/session-view";
import { otherNodes, shareReaction, unshareReaction } from "@/server/cluster/bus";
import { localPresence, type Presence } from "@/server/cluster/presence";
import { type DatabaseHealth, isDatabaseBusy, isDatabaseUnavailable } from "@/server/db/availability";
import type { Db } from "@/server/db/client";
import type { Logger } from "@/server/logger";
import type { RecordCache } from "@/server/services/live/record-cache";
import { type Member, viewerOf } from "./handshake-auth";
import { createLastSeen } from "./last-seen";
import { createPatchLog } from "./patch-log";
import type { KringServer, KringSocket } from "./types";

const SESSION_ROOM = "session:";
export const sessionRoom = (sessionId: string) => `${SESSION_ROOM}${sessionId}`;
const participantRoom = (participantId: string) => `participant:${participantId}`;

const viewerKey = (viewer: Viewer) => (viewer.kind === "participant" ? `p:${viewer.participantId}` : viewer.kind);

export interface HubOptions {
  health?: DatabaseHealth;
  /**
   * Several nodes (REDIS_URL): who is present, across them (cluster/presence.ts). Left out: one
   * node, whose own counts are the presence.
   */
  presence?: (changed: (sessionIds: string[]) => void) => Presence;
}

/**
 * Who is connected to which session, and the fan-out of changes. After a change has committed,
 * `changed(sessionId)` schedules one load of the session for the next turn of the event loop (many
 * changes at once share it), projects it once per kind of viewer, and sends each connection the
 * view it may see. Every load refreshes the cache that the hot path checks new reactions against.
 * Presence (who is connected) is not a change of the session: it goes out as a small message of
 * its own, so a room that reconnects at once costs no loads and no whole views.
 *
 * On several nodes, each node sends to its own connections only (`io.local`), and tells the others
 * what changed (cluster/bus.ts), so that they send to theirs: a view is projected where its
 * sockets are, and crosses Redis as one small message per node, not one per socket.
 */
export function createLiveHub(io: KringServer, db: Db, cache: RecordCache, log: Logger, options: HubOptions = {}) {
  const { health } = options;
  const online = new Map<string, Map<string, number>>();
  const cluster = otherNodes(io, options.presence !== undefined);
  const patchLog = createPatchLog();
  const lastSeen = createLastSeen(db, log);
  // Sessions whose broadcast found the database away: sent again once it is back.
  const missed = new Set<string>();
  health?.onChange((down) => {
    if (down) return;
    for (const sessionId of missed) changed(sessionId);
    missed.clear();
  });

  /** Who is connected to this node, in a session. */
  const here = (sessionId: string): string[] => [...(online.get(sessionId)?.keys() ?? [])];
  const presence = options.presence
    ? options.presence((sessionIds) => {
        // A node is gone (or came back from a Redis outage): every screen, on every node, hears who is present.
        cluster.tell("kring:presence", sessionIds);
        for (const sessionId of sessionIds) sendPresence(sessionId);
      })
    : localPresence(here);

  /** Who is connected to a session on any node; this node's own while the shared presence is out of reach. */
  function onlineIn(sessionId: string): Promise<Set<string>> {
    return presence.online(sessionId).catch(() => new Set(here(sessionId)));
  }

  // A client takes the presence of every whole view it receives (lib/realtime/live-client.ts). On
  // several nodes, reading the presence takes a round trip to Redis, during which a presence
  // message with a newer reading may go out: the view, sent after it, would put the older one back.
  // So each session counts the presence messages sent here, and a view whose reading has been
  // overtaken is followed by a presence message of its own.
  const presenceSent = new Map<string, number>();
  const presenceMark = (sessionId: string) => presenceSent.get(sessionId) ?? 0;
  function followUp(sessionId: string, mark: number) {
    if (presenceMark(sessionId) !== mark) sendPresence(sessionId);
  }

  async function broadcast(sessionId: string) {
    const record = await cache.load(sessionId);
    if (!record) return;
    const sockets = await io.local.in(sessionRoom(sessionId)).fetchSockets();
    // Presence as it is now, when the views go out (not before the awaits above): a client takes the
    // presence of every whole view it receives, even one older than its own (lib/realtime/live-client).
    const mark = presenceMark(sessionId);
    const present = await onlineIn(sessionId);
    const views = new Map<string, ReturnType<typeof projectSession>>();
    for (const socket of sockets) {
      const member = socket.data.member;
      if (!member) continue;
      const viewer = viewerOf(member);
      const key = viewerKey(viewer);
      let view = views.get(key);
      if (!view) {
        view = projectSession(record, viewer, present);
        views.set(key, view);
      }
      socket.emit("session:state", view);
    }
    followUp(sessionId, mark);
  }

  // One broadcast per session at a time: changes that arrive while one is loading are folded into
  // a single follow-up, so a busy room never queues a load per change on the database.
  const scheduled = new Set<string>();
  const loading = new Set<string>();
  const dirty = new Set<string>();
  // Broadcasts that met a busy database and are tried again shortly.
  let retrying = 0;

  // Broadcasts under way, which closing waits for (they read the database the server closes next).
  const running = new Set<Promise<void>>();
  let stopped = false;

  async function run(sessionId: string) {
    scheduled.delete(sessionId);
    if (stopped) return;
    loading.add(sessionId);
    try {
      await broadcast(sessionId);
    } catch (error) {
      if (health && isDatabaseUnavailable(error)) {
        missed.add(sessionId);
        health.wentAway(error);
      } else if (isDatabaseBusy(error)) {
        // Overloaded: try this session's broadcast again shortly (clients resync on their own too).
        retrying += 1;
        setTimeout(() => {
          retrying -= 1;
          changed(sessionId);
        }, 500);
      } else log.error(`broadcast to ${sessionId} failed`, error);
    } finally {
      loading.delete(sessionId);
      if (dirty.delete(sessionId) && !stopped) changed(sessionId);
    }
  }

  /** After a change has committed: every node sends the session's screens their new view. */
  function changed(sessionId: string) {
    changedHere(sessionId);
    if (!cluster.clustered) return;
    if (toldChanged.size === 0) setImmediate(tellChanged);
    toldChanged.add(sessionId);
  }
  // The other nodes hear of a turn's changes in one message.
  const toldChanged = new Set<string>();
  function tellChanged() {
    const sessionIds = [...toldChanged];
    toldChanged.clear();
    if (!stopped) cluster.tell("kring:changed", sessionIds);
  }

  function changedHere(sessionId: string) {
    if (loading.has(sessionId)) {
      dirty.add(sessionId);
      return;
    }
    if (scheduled.has(sessionId)) return;
    scheduled.add(sessionId);
    setImmediate(() => {
      const broadcasting = run(sessionId);
      running.add(broadcasting);
      void broadcasting.finally(() => running.delete(broadcasting));
    });
  }

  /** Resolves once no broadcast is scheduled, under way or to be tried again (a follow-up one included). */
  async function settled() {
    while (scheduled.size > 0 || running.size > 0 || retrying > 0) {
      await Promise.allSettled([...running]);
      await new Promise((resolve) => setTimeout(resolve, retrying > 0 ? 50 : 0));
    }
  }

  /** No more broadcasts; resolves when the ones under way have finished. */
  async function stop() {
    stopped = true;
    await Promise.allSettled([...running, lastSeen.stop()]);
    // Leaving the other nodes: they send these sessions' presence without this node's people.
    const left = await presence.stop().catch(() => []);
    if (left.length > 0) cluster.tell("kring:presence", left);
  }

  /** The whole view for one connection (after connecting, reconnecting or missing a version). */
  async function viewFor(member: Member) {
    const record = await cache.current(member.sessionId);
    if (!record) return null;
    const mark = presenceMark(member.sessionId);
    const present = await onlineIn(member.sessionId);
    // After the answer has gone out (the router acks within this turn of the event loop).
    setImmediate(() => followUp(member.sessionId, mark));
    return projectSession(record, viewerOf(member), present);
  }

  /**
   * What a client at version `since` has missed: the patches it would have had, when they were all
   * new reactions that this server still holds; the whole view otherwise.
   */
  async function catchUp(member: Member, since: number): Promise<SessionCatchUp | null> {
    const latest = cache.get(member.sessionId)?.version;
    const run = latest === undefined ? null : patchLog.since(member.sessionId, since, latest);
    if (run) {
      const viewer = viewerOf(member);
      return { patches: run.map(({ version, added }) => patchFor(added, viewer, version)) };
    }
    const view = await viewFor(member);
    return view ? { view } : null;
  }

  // Presence changes go out on their own (session:presence), folded per session into one message
  // per turn of the event loop, with who is connected when it is sent: no load, no projection. A
  // change on this node is published first (several nodes), then every node sends it to its own.
  const presenceDue = new Set<string>();
  function presenceChanged(sessionId: string) {
    if (presenceDue.has(sessionId)) return;
    presenceDue.add(sessionId);
    setImmediate(() => {
      presenceDue.delete(sessionId);
      if (stopped) return;
      void presence
        .publish(sessionId, here(sessionId))
        .catch(() => undefined)
        .then(() => {
          cluster.tell("kring:presence", [sessionId]);
          sendPresence(sessionId);
        });
    });
  }

  // One read of the shared presence per session at a time; a change meanwhile sends it once more.
  const presenceSending = new Set<string>();
  const presenceAgain = new Set<string>();
  function sendPresence(sessionId: string) {
    if (presenceSending.has(sessionId)) {
      presenceAgain.add(sessionId);
      return;
    }
    presenceSending.add(sessionId);
    void onlineIn(sessionId)
      .then((present) => {
        if (stopped) return;
        presenceSent.set(sessionId, presenceMark(sessionId) + 1);
        io.local.to(sessionRoom(sessionId)).emit("session:presence", { online: [...present].sort() });
      })
      .finally(() => {
        presenceSending.delete(sessionId);
        if (presenceAgain.delete(sessionId)) sendPresence(sessionId);
      });
  }

  /** Who a connection makes present: a participant by id, any projector screen as one (PROJECTOR_PRESENCE). */
  function presenceKey(member: Member): string | null {
    if (member.role === "participant") return member.participantId;
    return member.role === "projector" ? PROJECTOR_PRESENCE : null;
  }

  function join(socket: KringSocket, member: Member) {
    void socket.join(sessionRoom(member.sessionId));
    if (member.role === "participant") void socket.join(participantRoom(member.participantId));
    const key = presenceKey(member);
    if (key === null) return;
    const counts = online.get(member.sessionId) ?? new Map<string, number>();
    online.set(member.sessionId, counts);
    const before = counts.get(key) ?? 0;
    counts.set(key, before + 1);
    if (before === 0) presenceChanged(member.sessionId);
    if (member.role === "participant") lastSeen.seen(member.participantId);
  }

  function leave(member: Member) {
    const key = presenceKey(member);
    if (key === null) return;
    const counts = online.get(member.sessionId);
    const before = counts?.get(key) ?? 0;
    if (!counts || before === 0) return;
    if (before === 1) {
      counts.delete(key);
      if (counts.size === 0) {
        online.delete(member.sessionId);
        presenceSent.delete(member.sessionId);
      }
      presenceChanged(member.sessionId);
    } else counts.set(key, before - 1);
    if (member.role === "participant") lastSeen.seen(member.participantId);
  }

  /**
   * The hot path: new reactions go out as small patches instead of the whole round, the reactions
   * of one commit in one frame per screen (a busy room's commit holds several, and each frame is a
   * write to each socket). Viewers who get the same patches (all but the authors, when nothing is
   * pending) get them in one broadcast, so they are encoded once. A client that is not exactly one
   * version behind asks for what it missed (catchUp).
   */
  function reactionsAdded(sessionId: string, stored: readonly VersionedReaction[]) {
    if (stored.length === 0) return;
    // The hot path: on one node nothing is copied for other nodes.
    if (cluster.clustered) {
      const shared = stored.map(({ version, added }) => ({ version, added: shareReaction(added) }));
      cluster.tell("kring:reactions", sessionId, shared);
    }
    reactionsHere(sessionId, stored);
  }

  function reactionsHere(sessionId: string, stored: readonly VersionedReaction[]) {
    for (const { version, added } of stored) patchLog.add(sessionId, version, added);
    const room = io.sockets.adapter.rooms.get(sessionRoom(sessionId));
    if (!room) return;
    const groupOf = patchesGroupOf(stored);
    const groups = new Map<string, { viewer: Viewer; socketIds: string[] }>();
    for (const socketId of room) {
      const member = io.sockets.sockets.get(socketId)?.data.member;
      if (!member) continue;
      const viewer = viewerOf(member);
      const key = groupOf(viewer);
      const group = groups.get(key);
      if (group) group.socketIds.push(socketId);
      else groups.set(key, { viewer, socketIds: [socketId] });
    }
    for (const { viewer, socketIds } of groups.values()) {
      const patches = stored.map(({ version, added }) => patchFor(added, viewer, version));
      io.local.to(socketIds).emit("session:patches", patches);
    }
  }

  cluster.hear({
    "kring:changed": (sessionIds) => {
      for (const sessionId of sessionIds) changedHere(sessionId);
    },
    "kring:reactions": (sessionId, shared) => {
      const stored = shared.map(({ version, added }) => ({ version, added: unshareReaction(added) }));
      for (const { version, added } of stored) cache.stored(sessionId, version, added.reaction);
      reactionsHere(sessionId, stored);
    },
    "kring:presence": (sessionIds) => {
      for (const sessionId of sessionIds) sendPresence(sessionId);
    },
  });

  /**
   * Every session with a connection here is loaded and sent again, with its presence, here and on
   * the other nodes: after Redis was away, messages between the nodes may have been lost.
   */
  function resendAll() {
    const sessionIds = [...io.of("/").adapter.rooms.keys()]
      .filter((room) => room.startsWith(SESSION_ROOM))
      .map((room) => room.slice(SESSION_ROOM.length));
    for (const sessionId of sessionIds) {
      changedHere(sessionId);
      sendPresence(sessionId);
    }
    // What this node told while it was cut off may not have reached the others.
    if (sessionIds.length > 0) cluster.tell("kring:changed", sessionIds);
  }

  /** Tells a removed participant's connections, on every node, then closes them. */
  function expel(participantId: string) {
    io.to(participantRoom(participantId)).emit("session:removed");
    io.in(participantRoom(participantId)).disconnectSockets(true);
  }

  return { changed, reactionsAdded, viewFor, catchUp, join, leave, expel, resendAll, settled, stop };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
