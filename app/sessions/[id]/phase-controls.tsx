"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { CommandError } from "@/app/_live/command-errors";
import { canTransition, type PhaseCommand } from "@/lib/domain/phase-machine";
import type { SessionView } from "@/lib/domain/session-view";
import { formatCountdown } from "@/lib/domain/timer";
import styles from "./phase-controls.module.css";

/** The phase plan down the side (done, now, next) and the buttons that move through it. */
export function PhaseControls({ view, act }: { view: SessionView; act: Act }) {
  const { t, locale } = useI18n();
  const state = {
    status: view.session.status,
    currentPhaseIndex: view.session.currentPhaseIndex,
    phaseDurationsMs: view.phases.map((phase) => phase.durationSeconds * 1000),
    timer: view.session.timer,
  };
  // The same machine as the server's: buttons are enabled exactly when the server would agree.
  const can = (command: PhaseCommand) => canTransition(state, command, "facilitator");
  const current = view.session.currentPhaseIndex;
  const label = { now: "live.phaseNow", done: "live.phaseDone", next: "live.phaseNext" } as const;
  return (
    <nav className={`${styles.plan} card`} aria-labelledby="phase-plan-title">
      <h2 id="phase-plan-title">{t("live.phasePlan")}</h2>
      <ol>
        {view.phases.map((phase, index) => {
          const status = current === null || index > current ? "next" : index === current ? "now" : "done";
          return (
            <li
              key={phase.id}
              className={status === "next" ? undefined : styles[status]}
              aria-current={status === "now" ? "step" : undefined}
            >
              <button
                type="button"
                className={styles.button}
                disabled={!can({ type: "jump", index })}
                onClick={() => act("phase:jump", { index })}
                title={t("live.jumpTo", { phase: phase.title[locale] })}
              >
                <span className={styles.title} data-testid="phase-title">
                  {phase.title[locale]}
                </span>
                <span className={styles.meta}>
                  {formatCountdown(phase.durationSeconds * 1000)} · {t(label[status])}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className={styles.column}>
        {view.session.status === "lobby" && (
          <button type="button" className="button" onClick={() => act("phase:start", {})}>
            {t("live.startSession")}
          </button>
        )}
        {view.session.status === "running" && (
          <>
            <button
              type="button"
              className="button"
              disabled={!can({ type: "next" })}
              onClick={() => act("phase:next", {})}
            >
              {t("live.nextPhase")}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={!can({ type: "back" })}
              onClick={() => act("phase:back", {})}
            >
              {t("live.previousPhase")}
            </button>
          </>
        )}
        {view.session.status !== "ended" && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              if (window.confirm(t("live.confirmEnd"))) act("session:end", {});
            }}
          >
            {t("live.endSession")}
          </button>
        )}
      </div>
      <CommandError events={["phase:", "session:end"]} />
    </nav>
  );
}
