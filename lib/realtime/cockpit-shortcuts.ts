import { projectorList, projectorPages, shownPage, spotlighted } from "@/lib/domain/projector";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import type { ClientEventName, ClientEventPayload } from "./events";

/**
 * The cockpit's keyboard shortcuts for what a facilitator does most, with the command each key
 * sends in the session's present state. Pure, so the mapping is tested apart from the keyboard.
 * Keys never fire while someone types (the hook checks that), nor with Ctrl, Cmd or Alt.
 */
export const COCKPIT_SHORTCUTS = [
  { keys: ["N"], action: "nextPhase" },
  { keys: ["T"], action: "timer" },
  { keys: ["+"], action: "addMinute" },
  { keys: ["R"], action: "reveal" },
  { keys: ["D"], action: "deal" },
  { keys: ["V"], action: "voting" },
  { keys: ["S"], action: "spotlight" },
  { keys: ["Esc"], action: "endSpotlight" },
  { keys: ["J"], action: "join" },
  { keys: ["[", "]"], action: "page" },
  { keys: ["?"], action: "help" },
] as const;

export type ShortcutAction = (typeof COCKPIT_SHORTCUTS)[number]["action"];

export type ShortcutCommand = {
  [E in ClientEventName]: { event: E; payload: ClientEventPayload<E> };
}[ClientEventName];

/** The action a key stands for, whether or not it can be done now. */
export function shortcutAction(key: string): ShortcutAction | null {
  switch (key) {
    case "n":
    case "N":
      return "nextPhase";
    case "t":
    case "T":
      return "timer";
    case "+":
    case "=":
      return "addMinute";
    case "r":
    case "R":
      return "reveal";
    case "d":
    case "D":
      return "deal";
    case "s":
    case "S":
      return "spotlight";
    case "v":
    case "V":
      return "voting";
    case "Escape":
      return "endSpotlight";
    case "j":
    case "J":
      return "join";
    case "[":
    case "]":
      return "page";
    case "?":
      return "help";
    default:
      return null;
  }
}

/**
 * The command a key sends now, or null when it means nothing in this state (no reveal without
 * hidden reactions, no deal in a phase without cards…). `reactionId` is the reaction whose card
 * holds the keyboard focus, for the spotlight.
 */
export function shortcutCommand(key: string, view: SessionView, reactionId: string | null): ShortcutCommand | null {
  const status = view.session.status;
  const phase = viewPhase(view);
  const focus = view.session.projector;
  switch (shortcutAction(key)) {
    case "nextPhase":
      if (status === "lobby") return { event: "phase:start", payload: {} };
      return status === "running" ? { event: "phase:next", payload: {} } : null;
    case "timer": {
      if (status !== "running") return null;
      const type = { idle: "start", running: "pause", paused: "resume" } as const;
      return { event: "timer:command", payload: { type: type[view.session.timer.status] } };
    }
    case "addMinute":
      return status === "running" ? { event: "timer:command", payload: { type: "add", ms: 60_000 } } : null;
    case "reveal":
      return status === "running" && view.round && !view.round.revealed && view.pendingCount > 0
        ? { event: "round:reveal", payload: {} }
        : null;
    case "deal":
      return status === "running" && phase?.rules.dealsLessons
        ? { event: "card:deal", payload: { random: true } }
        : null;
    case "voting":
      return status === "running" && view.round && view.reactions.some((each) => each.visibility === "revealed")
        ? { event: "round:voting", payload: { closed: !view.round.votingClosed } }
        : null;
    case "spotlight": {
      if (status !== "running" || reactionId === null) return null;
      const reaction = projectorList(view).find((each) => each.id === reactionId && each.visibility === "revealed");
      if (!reaction) return null;
      const on = focus.spotlightId !== reaction.id;
      return { event: "projector:show", payload: { show: "spotlight", reactionId: on ? reaction.id : null } };
    }
    case "endSpotlight":
      return status === "running" && spotlighted(focus, projectorList(view))
        ? { event: "projector:show", payload: { show: "spotlight", reactionId: null } }
        : null;
    case "join":
      return status === "running" && !view.session.joinLocked
        ? { event: "projector:show", payload: { show: "join", on: !focus.join } }
        : null;
    case "page": {
      const pages = projectorPages(projectorList(view)).length;
      const page = shownPage(focus.page, pages) + (key === "]" ? 1 : -1);
      return status === "running" && page >= 0 && page < pages
        ? { event: "projector:show", payload: { show: "page", page } }
        : null;
    }
    default:
      return null;
  }
}
