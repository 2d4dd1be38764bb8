"use client";

import { useCallback, useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useCountdown } from "@/app/_hooks/use-countdown";
import { formatCountdown, formatOvertime, type TimerState } from "@/lib/domain/timer";
import styles from "./timer-display.module.css";

const SOUND_KEY = "kring-sound";

/** A soft two-tone chime from the Web Audio API: no file to load, quiet enough for a meeting room. */
function chime() {
  const AudioContextClass =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  [660, 880].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    oscillator.type = "sine";
    const start = context.currentTime + index * 0.35;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.15, start + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.65);
  });
  setTimeout(() => void context.close(), 1500);
}

/** Whether this device chimes at zero: as its user last chose, or else the screen's default. */
function soundWanted(byDefault: boolean) {
  const stored = localStorage.getItem(SOUND_KEY);
  return stored === null ? byDefault : stored !== "off";
}

/**
 * The countdown of the current phase, the same on every screen; visible at zero, then counting the
 * overtime up (+0:35). The chime at zero sounds on the projector and the cockpit by default (muted
 * with a toggle); a participant turns it on (`soundByDefault`), so a room does not ring ten times.
 */
export function TimerDisplay({
  timer,
  offset,
  size = "normal",
  soundByDefault = true,
}: {
  timer: TimerState;
  offset: number;
  size?: "normal" | "large";
  soundByDefault?: boolean;
}) {
  const { t } = useI18n();
  const [soundOn, setSoundOn] = useState(soundByDefault);
  useEffect(() => setSoundOn(soundWanted(soundByDefault)), [soundByDefault]);
  const onZero = useCallback(() => {
    if (soundWanted(soundByDefault)) chime();
  }, [soundByDefault]);
  const { left, over } = useCountdown(timer, offset, onZero);
  const done = timer.status === "running" && left === 0;
  const toggleSound = () => {
    const next = !soundOn;
    setSoundOn(next);
    localStorage.setItem(SOUND_KEY, next ? "on" : "off");
  };
  return (
    <div
      className={`${styles.timer} ${size === "large" ? styles.large : ""} ${done ? styles.done : ""} ${timer.status === "paused" ? styles.paused : ""}`}
    >
      <p className={styles.value} data-testid="timer" aria-live="off">
        {done ? formatOvertime(over) : formatCountdown(left)}
      </p>
      <p className={styles.note} role="status">
        {done ? t("live.timer.done") : timer.status === "paused" ? t("live.timer.paused") : "\u00a0"}
      </p>
      {size === "normal" && (
        <button type="button" className="button button-quiet button-small" onClick={toggleSound} aria-pressed={soundOn}>
          {soundOn ? t("live.timer.soundOn") : t("live.timer.soundOff")}
        </button>
      )}
    </div>
  );
}
