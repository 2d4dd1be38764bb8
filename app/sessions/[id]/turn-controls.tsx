"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { CollapsiblePanel } from "@/app/_live/collapsible-panel";
import { TurnBanner } from "@/app/_live/turn-banner";
import type { SessionView } from "@/lib/domain/session-view";

/** The speaking order: start it (shuffled or in order of arrival), then move on or skip. */
export function TurnControls({ view, act }: { view: SessionView; act: Act }) {
  const { t } = useI18n();
  const running = view.round?.turnIndex !== null && view.round?.turnIndex !== undefined;
  return (
    <CollapsiblePanel name="turns" className="turns" title={t("live.turns.title")} label={t("live.turns.title")}>
      <TurnBanner view={view} />
      {/* Keyed: "Volgende" must not be the shuffle button restyled, or it flashes white on white. */}
      {running ? (
        <div className="button-row" key="running">
          <button type="button" className="button" onClick={() => act("turns:next", {})}>
            {t("live.turns.nextSpeaker")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => act("turns:skip", {})}>
            {t("live.turns.skip")}
          </button>
        </div>
      ) : (
        <div className="button-row" key="idle">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => act("turns:start", { order: "shuffled" })}
          >
            {t("live.turns.startShuffled")}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => act("turns:start", { order: "join_order" })}
          >
            {t("live.turns.startJoinOrder")}
          </button>
        </div>
      )}
    </CollapsiblePanel>
  );
}
