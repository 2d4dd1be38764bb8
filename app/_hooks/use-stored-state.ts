"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { safeParse } from "zod/mini";
import type { $ZodType, output } from "zod/v4/core";

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
export function useStoredState<S extends $ZodType>(key: string, schema: S, initial: () => output<S>) {
  const [value, setValue] = useState<output<S>>(initial);
  const fresh = useRef(initial);
  fresh.current = initial;
  const parse = useRef(schema);
  parse.current = schema;
  useEffect(() => {
    const stored = safeParse(parse.current, readJson(localStorage.getItem(key)));
    setValue(stored.success ? stored.data : fresh.current());
  }, [key]);
  const update = useCallback(
    (next: output<S>) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, update] as const;
}
