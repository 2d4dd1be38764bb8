"use client";

import { useEffect, useRef, useState } from "react";
import { overtimeMs, remainingMs, type TimerState } from "@/lib/domain/timer";

/**
 * Milliseconds left on the server's timer, as seen from this screen: local clock plus the measured
 * offset, refreshed four times a second, and past zero the overtime. `onZero` fires once when a
 * running timer reaches zero.
 */
export function useCountdown(timer: TimerState | undefined, offset: number, onZero?: () => void) {
  const [now, setNow] = useState(() => Date.now());
  const fired = useRef<string | null>(null);
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  const left = timer ? remainingMs(timer, now + offset) : 0;
  const over = timer ? overtimeMs(timer, now + offset) : 0;
  const key = timer?.status === "running" ? String(timer.endsAt) : null;
  useEffect(() => {
    if (key && left === 0 && fired.current !== key) {
      fired.current = key;
      onZero?.();
    }
  }, [key, left, onZero]);
  return { left, over };
}
