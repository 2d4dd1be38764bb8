"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { StoredCheck } from "@/lib/stored-values";

function readJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * State kept in localStorage under `key`, so that it outlives its component (a panel that moves to
 * another column when the phase changes) and a reload: typed text is never lost on the way. What
 * is stored is read back through `schema`; anything that does not parse is ignored. Before
 * hydration, and for a key with nothing stored, the state is `initial()`.
 */
export function useStoredState<T>(key: string, check: StoredCheck<T>, initial: () => T) {
  const [value, setValue] = useState<T>(initial);
  const fresh = useRef(initial);
  fresh.current = initial;
  const read = useRef(check);
  read.current = check;
  useEffect(() => {
    setValue(read.current(readJson(localStorage.getItem(key))) ?? fresh.current());
  }, [key]);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, update] as const;
}
