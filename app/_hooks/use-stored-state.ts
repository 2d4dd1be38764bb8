"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";

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
export function useStoredState<S extends z.ZodType>(key: string, schema: S, initial: () => z.output<S>) {
  const [value, setValue] = useState<z.output<S>>(initial);
  const fresh = useRef(initial);
  fresh.current = initial;
  const parse = useRef(schema);
  parse.current = schema;
  useEffect(() => {
    const stored = parse.current.safeParse(readJson(localStorage.getItem(key)));
    setValue(stored.success ? stored.data : fresh.current());
  }, [key]);
  const update = useCallback(
    (next: z.output<S>) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, update] as const;
}
