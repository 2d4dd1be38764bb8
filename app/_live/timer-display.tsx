"use client";

import { useCallback, useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useCountdown } from "@/app/_hooks/use-countdown";
import { formatCountdown, type TimerState } from "@/lib/domain/timer";

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

/** The countdown of the current phase, the same on every screen; visible and (unless muted) audible at zero. */
export function TimerDisplay({
  timer,
  offset,
  size = "normal",
}: {
  timer: TimerState;
  offset: number;
  size?: "normal" | "large";
}) {
  const { t } = useI18n();
  const [soundOn, setSoundOn] = useState(true);
  useEffect(() => setSoundOn(localStorage.getItem(SOUND_KEY) !== "off"), []);
  const onZero = useCallback(() => {
    if (localStorage.getItem(SOUND_KEY) !== "off") chime();
  }, []);
  const left = useCountdown(timer, offset, onZero);
  const done = timer.status === "running" && left === 0;
  const toggleSound = () => {
    const next = !soundOn;
    setSoundOn(next);
    localStorage.setItem(SOUND_KEY, next ? "on" : "off");
  };
  return (
    <div className={`timer timer-${size} ${done ? "timer-done" : ""} timer-${timer.status}`}>
      <p className="timer-value" data-testid="timer" aria-live="off">
        {formatCountdown(left)}
      </p>
      <p className="timer-note" role="status">
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
