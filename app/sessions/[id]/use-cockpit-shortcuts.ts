"use client";

import { useEffect, useRef } from "react";
import type { Act } from "@/app/_hooks/use-live-session";
import { isTypingTarget } from "@/app/_lib/typing";
import type { SessionView } from "@/lib/domain/session-view";
import { shortcutAction, shortcutCommand } from "@/lib/realtime/cockpit-shortcuts";

/**
 * The cockpit's keyboard shortcuts (lib/realtime/cockpit-shortcuts.ts): each key sends its command
 * through `act`, like the button it stands for; `?` opens the list of them. Never while typing,
 * never with Ctrl, Cmd or Alt, never while a dialog is open.
 */
export function useCockpitShortcuts(view: SessionView | null, act: Act, onHelp: () => void) {
  const latest = useRef({ view, act, onHelp });
  latest.current = { view, act, onHelp };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { view, act, onHelp } = latest.current;
      if (!view || event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTypingTarget(event.target))
        return;
      if (document.querySelector("dialog[open]")) return;
      const action = shortcutAction(event.key);
      if (!action) return;
      if (action === "help") {
        event.preventDefault();
        onHelp();
        return;
      }
      const card = event.target instanceof Element ? event.target.closest("[data-reaction-id]") : null;
      const command = shortcutCommand(event.key, view, card?.getAttribute("data-reaction-id") ?? null);
      if (!command) return;
      event.preventDefault();
      // TypeScript cannot pair a union's event with its own payload in one call; each pair is typed.
      (act as (event: string, payload: unknown) => void)(command.event, command.payload);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
