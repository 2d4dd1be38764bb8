"use client";

import { type RefObject, useLayoutEffect } from "react";

/**
 * Scales the projector's type so that everything fits its screen without scrolling: sets the CSS
 * variable `--fit` on the element, from 1 down to `min`, to the largest value at which the element
 * does not overflow. Runs again when `key` changes (new content), when the screen is resized and
 * when the web fonts have loaded. Below `min` the element scrolls: the pages of lib/domain/projector.ts
 * are sized so that this does not happen on the screens a room uses.
 */
export function useFitScale(ref: RefObject<HTMLElement | null>, key: unknown, min: number) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the content; a new one must fit again
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const overflows = () => element.scrollHeight > element.clientHeight + 1;
    const fitToScreen = () => {
      if (cancelled) return;
      element.style.setProperty("--fit", "1");
      if (!overflows()) return;
      let fits = min;
      let overflowing = 1;
      for (let step = 0; step < 7; step++) {
        const middle = (fits + overflowing) / 2;
        element.style.setProperty("--fit", String(middle));
        if (overflows()) overflowing = middle;
        else fits = middle;
      }
      element.style.setProperty("--fit", fits.toFixed(3));
    };
    fitToScreen();
    void document.fonts?.ready.then(fitToScreen);
    const observer = new ResizeObserver(fitToScreen);
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [ref, key, min]);
}
