"use client";

import { createContext, createElement, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { overtimeMs, remainingMs, type TimerState } from "@/lib/domain/timer";

/**
 * When the server rendered the page (ms). A live page's first render on the server and in the
 * browser count down from this same moment, so they agree; the clock takes over right after.
 */
const RenderedAt = createContext<number | null>(null);

/** Around a live page rendered on the server: `at` is when (Date.now() there). */
export function RenderClock({ at, children }: { at: number; children: ReactNode }) {
  return createElement(RenderedAt.Provider, { value: at }, children);
}

/**
 * Milliseconds left on the server's timer, as seen from this screen: local clock plus the measured
 * offset, refreshed four times a second, and past zero the overtime. `onZero` fires once when a
 * running timer reaches zero while this screen watches (not when a page opens on one already over).
 */
export function useCountdown(timer: TimerState | undefined, offset: number, onZero?: () => void) {
  const renderedAt = useContext(RenderedAt);
  const [now, setNow] = useState(() => renderedAt ?? Date.now());
  const fired = useRef<string | null>(null);
  const seenRunning = useRef(false);
  useEffect(() => {
    setNow(Date.now());
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  const left = timer ? remainingMs(timer, now + offset) : 0;
  const over = timer ? overtimeMs(timer, now + offset) : 0;
  const key = timer?.status === "running" ? String(timer.endsAt) : null;
  useEffect(() => {
    if (!key) return;
    if (left > 0) {
      seenRunning.current = true;
      return;
    }
    if (seenRunning.current && fired.current !== key) {
      fired.current = key;
      onZero?.();
    }
  }, [key, left, onZero]);
  return { left, over };
}

/**
 * The server's time as this screen estimates it (local clock plus the measured offset), refreshed
 * every `everyMs`. The first render uses the moment the server rendered, so both renders agree.
 */
export function useServerNow(offset: number, everyMs: number) {
  const renderedAt = useContext(RenderedAt);
  const [now, setNow] = useState(() => renderedAt ?? Date.now());
  useEffect(() => {
    setNow(Date.now());
    const interval = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(interval);
  }, [everyMs]);
  return now + offset;
}
