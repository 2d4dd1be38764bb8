"use client";

import { type FormEvent, startTransition, useEffect, useRef } from "react";
import { type FormState, succeeded } from "@/app/_lib/form-state";

/**
 * Sends a text form through its action without the reset React does afterwards, so that what
 * someone types while a save is on its way stays in the fields. A form that adds (`clearAfter`)
 * empties, once the add went through, only the fields that still hold what was sent. Without
 * JavaScript the form posts as before.
 */
export function useKeptForm(state: FormState, dispatch: (data: FormData) => void, clearAfter: boolean) {
  const form = useRef<HTMLFormElement>(null);
  const sent = useRef<Map<string, string> | null>(null);
  useEffect(() => {
    const fields = sent.current;
    sent.current = null;
    if (!fields || !clearAfter || !succeeded(state) || !form.current) return;
    for (const [name, value] of fields) {
      const field = form.current.elements.namedItem(name);
      const typed =
        field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === "text");
      if (typed && field.value === value) field.value = "";
    }
  }, [state, clearAfter]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    sent.current = new Map([...data].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
    startTransition(() => dispatch(data));
  };
  return { ref: form, onSubmit };
}
