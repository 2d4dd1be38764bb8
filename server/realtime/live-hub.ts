import { type AddedReaction, patchFor, patchGroup } from "@/lib/domain/session-patch";
import { projectSession, type Viewer } from "@/lib/domain/session-view";
import type { Db } from "@/server/db/client";
import type { Logger } from "@/server/logger";
import type { RecordCache } from "@/server/services/live/record-cache";
import type { Member } from "./handshake-auth";
import type { KringServer, KringSocket } from "./types";

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
const participantRoom = (participantId: string) => `participant:${participantId}`;

function viewerOf(member: Member): Viewer {
  if (member.role === "participant") return { kind: "participant", participantId: member.participantId };
  return { kind: member.role === "lead" ? "facilitator" : "projector" };
}

const viewerKey = (viewer: Viewer) => (viewer.kind === "participant" ? `p:${viewer.participantId}` : viewer.kind);

/**
 * Who is connected to which session, and the fan-out of changes. After a change has committed,
 * `changed(sessionId)` schedules one load of the session for the next turn of the event loop (many
 * changes at once share it), projects it once per kind of viewer, and sends each connection the
 * view it may see. Every load refreshes the cache that the hot path checks new reactions against.
 */
export function createLiveHub(io: KringServer, db: Db, cache: RecordCache, log: Logger) {
  const online = new Map<string, Map<string, number>>();

  function onlineIn(sessionId: string): Set<string> {
    return new Set(online.get(sessionId)?.keys());
  }

  async function broadcast(sessionId: string) {
    const record = await cache.load(sessionId);
    if (!record) return;
    const present = onlineIn(sessionId);
    const views = new Map<string, ReturnType<typeof projectSession>>();
    for (const socket of await io.in(sessionRoom(sessionId)).fetchSockets()) {
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
  }

  // One broadcast per session at a time: changes that arrive while one is loading are folded into
  // a single follow-up, so a busy room never queues a load per change on the database.
  const scheduled = new Set<string>();
  const loading = new Set<string>();
  const dirty = new Set<string>();

  async function run(sessionId: string) {
    scheduled.delete(sessionId);
    loading.add(sessionId);
    try {
      await broadcast(sessionId);
    } catch (error) {
      log.error(`broadcast to ${sessionId} failed`, error);
    } finally {
      loading.delete(sessionId);
      if (dirty.delete(sessionId)) changed(sessionId);
    }
  }

  function changed(sessionId: string) {
    if (loading.has(sessionId)) {
      dirty.add(sessionId);
      return;
    }
    if (scheduled.has(sessionId)) return;
    scheduled.add(sessionId);
    setImmediate(() => void run(sessionId));
  }

  /** The whole view for one connection (after connecting, reconnecting or missing a version). */
  async function viewFor(member: Member) {
    const record = await cache.load(member.sessionId);
    return record ? projectSession(record, viewerOf(member), onlineIn(member.sessionId)) : null;
  }

  function join(socket: KringSocket, member: Member) {
    void socket.join(sessionRoom(member.sessionId));
    if (member.role !== "participant") return;
    void socket.join(participantRoom(member.participantId));
    const counts = online.get(member.sessionId) ?? new Map<string, number>();
    online.set(member.sessionId, counts);
    const before = counts.get(member.participantId) ?? 0;
    counts.set(member.participantId, before + 1);
    if (before === 0) changed(member.sessionId);
    void db.participant
      .update({ where: { id: member.participantId }, data: { lastSeenAt: new Date() } })
      .catch(() => undefined);
  }

  function leave(member: Member) {
    if (member.role !== "participant") return;
    const counts = online.get(member.sessionId);
    const before = counts?.get(member.participantId) ?? 0;
    if (!counts || before === 0) return;
    if (before === 1) {
      counts.delete(member.participantId);
      if (counts.size === 0) online.delete(member.sessionId);
      changed(member.sessionId);
    } else counts.set(member.participantId, before - 1);
    void db.participant
      .update({ where: { id: member.participantId }, data: { lastSeenAt: new Date() } })
      .catch(() => undefined);
  }

  /**
   * The hot path: a new reaction goes out as a small patch instead of the whole round. Viewers who
   * get the same patch (all but the author, when nothing is pending) get it in one broadcast, so it
   * is encoded once. A client that is not exactly one version behind asks for the whole view.
   */
  function reactionAdded(sessionId: string, version: number, added: AddedReaction) {
    const room = io.sockets.adapter.rooms.get(sessionRoom(sessionId));
    if (!room) return;
    const groups = new Map<string, { viewer: Viewer; socketIds: string[] }>();
    for (const socketId of room) {
      const member = io.sockets.sockets.get(socketId)?.data.member;
      if (!member) continue;
      const viewer = viewerOf(member);
      const key = patchGroup(added, viewer);
      const group = groups.get(key);
      if (group) group.socketIds.push(socketId);
      else groups.set(key, { viewer, socketIds: [socketId] });
    }
    for (const { viewer, socketIds } of groups.values()) {
      io.to(socketIds).emit("session:patch", patchFor(added, viewer, version));
    }
  }

  /** Tells a removed participant's connections, then closes them. */
  function expel(participantId: string) {
    io.to(participantRoom(participantId)).emit("session:removed");
    io.in(participantRoom(participantId)).disconnectSockets(true);
  }

  return { changed, reactionAdded, viewFor, join, leave, expel };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
