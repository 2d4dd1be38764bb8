import { PROJECTOR_PRESENCE, type SessionView } from "./session-view";

/**
 * Presence is not versioned: who is connected changes without a new version of the session. The
 * server sends it on its own (`session:presence`, the ids of everyone connected) whenever it
 * changes, and puts it as it is at sending time into every whole view. So the newest message
 * received carries the newest presence, even a whole view older than the view shown (a reaction's
 * patch overtook it): then the view shown keeps its content and takes that presence.
 */
export function withOnline(shown: SessionView, online: ReadonlySet<string>): SessionView {
  return withPresence(shown, (id) => online.has(id), online.has(PROJECTOR_PRESENCE));
}

/** The view shown with the presence of a whole view received (see withOnline); people it does not list keep theirs. */
export function withPresenceOf(shown: SessionView, received: SessionView): SessionView {
  const online = new Map(received.participants.map((participant) => [participant.id, participant.online]));
  return withPresence(shown, (id) => online.get(id), received.projectorOnline);
}

/** `online(id)`: whether that participant is connected, or undefined to leave their mark as it is; and whether a projector is. */
function withPresence(
  shown: SessionView,
  online: (id: string) => boolean | undefined,
  projectorOnline: boolean,
): SessionView {
  let someone = false;
  const marked = shown.participants.map((participant) => {
    const now = online(participant.id);
    if (now === undefined || now === participant.online) return participant;
    someone = true;
    return { ...participant, online: now };
  });
  if (!someone && projectorOnline === shown.projectorOnline) return shown;
  return { ...shown, participants: someone ? marked : shown.participants, projectorOnline };
}
