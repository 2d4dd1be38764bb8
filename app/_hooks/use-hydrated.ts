"use client";

import { useEffect, useState } from "react";

/**
 * False until React has hydrated the page. Forms whose submit runs a server action through
 * useActionState keep their button disabled until then, so a click that comes too early (a fast
 * hand, a slow laptop) is not lost to a plain page reload.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
