import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { type SessionView, viewPhase } from "./session-view";

/**
 * A live screen's name for its tab, before the app's name: the phase (or, outside one, the
 * session's status) and the session's title. The server renders it, the screen keeps it current.
 */
export function liveTitle(view: SessionView, locale: Locale, t: Translate): string {
  const phase = viewPhase(view);
  return `${phase ? phase.title[locale] : t(`sessions.status.${view.session.status}`)} · ${view.session.title}`;
}
