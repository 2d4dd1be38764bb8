"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Act, Emit } from "@/app/_hooks/use-live-session";
import styles from "./command-errors.module.css";

interface CommandErrorState {
  /** The latest refusal per event name, translated. */
  errors: ReadonlyMap<string, string>;
  dismiss(event: string): void;
}

const CommandErrors = createContext<CommandErrorState>({ errors: new Map(), dismiss: () => {} });

/**
 * Commands whose refusals are shown beside the control that sent them (`CommandError`), not at the
 * top of the page: each event keeps its latest refusal until it succeeds, or is dismissed.
 */
export function useCommands(emit: Emit, offlineMessage: string) {
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const settle = useCallback((event: string, message: string | null) => {
    setErrors((current) => {
      if (message === null && !current.has(event)) return current;
      const next = new Map(current);
      if (message === null) next.delete(event);
      else next.set(event, message);
      return next;
    });
  }, []);
  const act: Act = useCallback(
    (event, payload) => {
      void emit(event, payload).then((result) => settle(event, result.ok ? null : result.message || offlineMessage));
    },
    [emit, settle, offlineMessage],
  );
  const state = useMemo(() => ({ errors, dismiss: (event: string) => settle(event, null) }), [errors, settle]);
  return { act, state };
}

export function CommandErrorsProvider({ state, children }: { state: CommandErrorState; children: ReactNode }) {
  return <CommandErrors.Provider value={state}>{children}</CommandErrors.Provider>;
}

/** The refusals of the commands named (an event, or a prefix ending in ":"), where those controls are. */
export function CommandError({ events }: { events: readonly string[] }) {
  const { t } = useI18n();
  const { errors, dismiss } = useContext(CommandErrors);
  const shown = [...errors].filter(([event]) =>
    events.some((name) => (name.endsWith(":") ? event.startsWith(name) : event === name)),
  );
  if (shown.length === 0) return null;
  return (
    <div className={styles.errors} role="alert">
      {shown.map(([event, message]) => (
        <p key={event} className={styles.error} data-testid="command-error">
          <span>{message}</span>
          <button type="button" className="button button-quiet button-small" onClick={() => dismiss(event)}>
            {t("live.dismiss")}
          </button>
        </p>
      ))}
    </div>
  );
}
