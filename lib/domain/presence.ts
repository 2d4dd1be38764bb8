import type { SessionView } from "./session-view";

/**
 * Presence is not versioned: who is connected changes without a new version of the session. The
 * server sends it on its own (`session:presence`, the ids of everyone connected) whenever it
 * changes, and puts it as it is at sending time into every whole view. So the newest message
 * received carries the newest presence, even a whole view older than the view shown (a reaction's
 * patch overtook it): then the view shown keeps its content and takes that presence.
 */
export function withOnline(shown: SessionView, online: ReadonlySet<string>): SessionView {
  return withPresence(shown, (id) => online.has(id));
}

/** The view shown with the presence of a whole view received (see withOnline); people it does not list keep theirs. */
export function withPresenceOf(shown: SessionView, received: SessionView): SessionView {
  const online = new Map(received.participants.map((participant) => [participant.id, participant.online]));
  return withPresence(shown, (id) => online.get(id));
}

/** `online(id)`: whether that participant is connected, or undefined to leave their mark as it is. */
function withPresence(shown: SessionView, online: (id: string) => boolean | undefined): SessionView {
  let changed = false;
  const participants = shown.participants.map((participant) => {
    const now = online(participant.id);
    if (now === undefined || now === participant.online) return participant;
    changed = true;
    return { ...participant, online: now };
  });
  return changed ? { ...shown, participants } : shown;
}
