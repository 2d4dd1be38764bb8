"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { MarkedText } from "@/app/_components/marked-text";
import type { Act } from "@/app/_hooks/use-live-session";
import type { CaseView } from "@/lib/domain/session-view";
import type { Emit } from "@/lib/realtime/live-client";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";
import styles from "./lesson-suggestions.module.css";

type Loaded = { caseId: string; suggestions: LessonSuggestion[] } | { caseId: string; error: string };

/**
 * The three lessons of the session's deck that fit a case best (the chosen one, else the one the
 * facilitator picks among those pitched), each with the words that matched and one click to deal.
 */
export function LessonSuggestions({
  cases,
  chosen,
  dealt,
  lessonOnTable,
  connected,
  emit,
  act,
}: {
  cases: CaseView[];
  chosen: CaseView | null;
  dealt: string[];
  /** Once a lesson is on the table the panel folds up, so the round's reactions come into view. */
  lessonOnTable: boolean;
  /** Asks once the live channel is up, and again after a reconnect if the answer was a refusal. */
  connected: boolean;
  emit: Emit;
  act: Act;
}) {
  const { t } = useI18n();
  const pitched = cases.filter((each) => each.status !== "set_aside");
  const [picked, setPicked] = useState<string | null>(null);
  const target = chosen ?? pitched.find((each) => each.id === picked) ?? pitched.at(-1) ?? null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const caseId = target?.id ?? null;

  const offline = t("live.connection.offline");
  const answered = loaded?.caseId === caseId && "suggestions" in loaded;
  useEffect(() => {
    if (!caseId || !connected || answered) return;
    let current = true;
    void emit("lesson:suggest", { caseId }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { caseId, suggestions: result.data } : { caseId, error: result.message || offline });
    });
    return () => {
      current = false;
    };
  }, [caseId, connected, answered, emit, offline]);

  if (!target) return null;
  const ready = loaded?.caseId === target.id ? loaded : null;
  return (
    <details className={styles.panel} open={!lessonOnTable} data-testid="lesson-suggestions">
      <summary className={styles.summary}>{t("live.suggest.title")}</summary>
      {!chosen && pitched.length > 1 ? (
        <label className={styles.caseChoice}>
          <span>{t("live.suggest.forCase")}</span>
          <select value={target.id} onChange={(event) => setPicked(event.target.value)}>
            {pitched.map((each) => (
              <option key={each.id} value={each.id}>
                {each.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className={styles.forCase}>
          {t("live.suggest.forCase")} <strong>{target.title}</strong>
        </p>
      )}
      {!ready ? (
        <p className="muted small" role="status">
          {t("live.suggest.loading")}
        </p>
      ) : "error" in ready ? (
        <p className="form-error small" role="alert">
          {ready.error}
        </p>
      ) : ready.suggestions.length === 0 ? (
        <p className="muted small">{t("live.suggest.none")}</p>
      ) : (
        <SuggestionList
          suggestions={ready.suggestions}
          deal={{ dealt, onDeal: (lessonId) => act("card:deal", { lessonId }) }}
        />
      )}
    </details>
  );
}

/**
 * Suggested lessons, each with its number, theme, its text with the matching words marked, and the
 * one-line reason; with `deal`, a button to deal it (the lobby's list has none: nothing is dealt
 * before the session starts).
 */
export function SuggestionList({
  suggestions,
  deal,
  compact = false,
}: {
  suggestions: LessonSuggestion[];
  deal?: { dealt: string[]; onDeal: (lessonId: string) => void };
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <ol className={`${styles.list} ${compact ? styles.compact : ""}`}>
      {suggestions.map((suggestion) => {
        const isDealt = deal?.dealt.includes(suggestion.lessonId) ?? false;
        const reasons = [
          suggestion.words.length > 0 &&
            t("live.suggest.words", { words: suggestion.words.map((word) => `‘${word}’`).join(", ") }),
          suggestion.concepts.length > 0 &&
            t("live.suggest.concepts", { concepts: suggestion.concepts.map((c) => c[locale]).join("; ") }),
          suggestion.inTheme && t("live.suggest.theme", { theme: suggestion.theme[locale] }),
        ].filter(Boolean);
        return (
          <li key={suggestion.lessonId} className={styles.item}>
            <p className={styles.meta}>
              <span className={styles.number}>{suggestion.number}</span> {suggestion.theme[locale]}
            </p>
            <p className={styles.text}>
              <MarkedText text={suggestion.text[locale]} />
            </p>
            <p className={styles.reason}>{reasons.join(" · ")}</p>
            {deal && (
              <button
                type="button"
                className="button button-small"
                disabled={isDealt}
                onClick={() => deal.onDeal(suggestion.lessonId)}
              >
                {isDealt ? t("live.suggest.dealt") : t("live.suggest.deal", { number: suggestion.number })}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
