"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { TimerDisplay } from "@/app/_live/timer-display";
import type { TimerState } from "@/lib/domain/timer";
import styles from "./timer-controls.module.css";

/** The timer with its controls: start, pause, resume, a minute more, reset. */
export function TimerControls({ timer, offset, act }: { timer: TimerState; offset: number; act: Act }) {
  const { t } = useI18n();
  return (
    <section className={`card ${styles.card}`} aria-labelledby="timer-title">
      <h2 id="timer-title" className="visually-hidden">
        {t("live.timer.label")}
      </h2>
      <TimerDisplay timer={timer} offset={offset} />
      <div className="button-row">
        {timer.status === "idle" && (
          <button type="button" className="button" onClick={() => act("timer:command", { type: "start" })}>
            {t("live.timer.start")}
          </button>
        )}
        {timer.status === "running" && (
          <button type="button" className="button" onClick={() => act("timer:command", { type: "pause" })}>
            {t("live.timer.pause")}
          </button>
        )}
        {timer.status === "paused" && (
          <button type="button" className="button" onClick={() => act("timer:command", { type: "resume" })}>
            {t("live.timer.resume")}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => act("timer:command", { type: "add", ms: 60_000 })}
        >
          {t("live.timer.addMinute")}
        </button>
        <button type="button" className="button button-quiet" onClick={() => act("timer:command", { type: "reset" })}>
          {t("live.timer.reset")}
        </button>
      </div>
    </section>
  );
}
