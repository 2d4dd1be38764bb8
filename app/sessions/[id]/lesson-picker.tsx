"use client";

import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { groupByTheme, searchLessons, splitLead } from "@/lib/domain/lesson-search";
import styles from "./lesson-picker.module.css";

export interface LessonOption {
  id: string;
  number: number;
  theme: string;
  text: string;
  /** The language the text is in, where the deck lacks the reader's own. */
  lang?: string;
}

interface Props {
  open: boolean;
  lessons: LessonOption[];
  dealt: string[];
  /** The lesson on the table now, if any. */
  current: string | null;
  onDeal: (lessonId: string) => void;
  onClose: () => void;
}

/**
 * The deck as a grid of cards in a modal dialog, grouped by theme, with a search that filters as
 * the facilitator types and a choice of theme. A card is a button: clicking it (or Enter) deals
 * that lesson and closes the dialog. Dealt lessons stay choosable, marked as dealt.
 */
export function LessonPicker({ open, lessons, dealt, current, onDeal, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState("");
  const [theme, setTheme] = useState("");
  const deferredQuery = useDeferredValue(query);
  const themes = useMemo(() => groupByTheme(lessons).map((group) => group.theme), [lessons]);
  const found = useMemo(
    () => searchLessons(theme ? lessons.filter((lesson) => lesson.theme === theme) : lessons, deferredQuery),
    [lessons, theme, deferredQuery],
  );
  const groups = groupByTheme(found);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setQuery("");
      setTheme("");
      element.showModal();
      results.current?.scrollTo({ top: 0 });
      search.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  // Arrow down from the search box goes to the first card, so the keyboard need not tab through.
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      results.current?.querySelector("button")?.focus();
    }
    if (event.key === "Enter") event.preventDefault();
  };

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={onClose}>
      <div className={styles.head}>
        <div className={styles.titleRow}>
          <h2 id={`${id}-title`} className={styles.title}>
            {t("live.prompt.pickerTitle")}
          </h2>
          <button type="button" className="button button-quiet button-small" onClick={() => dialog.current?.close()}>
            {t("live.prompt.close")}
          </button>
        </div>
        <p className="muted small">{t("live.prompt.pickerIntro")}</p>
        <div className={styles.filters}>
          <div className={styles.field}>
            <label htmlFor={`${id}-search`}>{t("live.prompt.search")}</label>
            <input
              ref={search}
              id={`${id}-search`}
              type="search"
              value={query}
              placeholder={t("live.prompt.searchPlaceholder")}
              autoComplete="off"
              aria-describedby={`${id}-count`}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onSearchKey}
            />
          </div>
          {themes.length > 1 && (
            <div className={styles.field}>
              <label htmlFor={`${id}-theme`}>{t("live.prompt.theme")}</label>
              <select id={`${id}-theme`} value={theme} onChange={(event) => setTheme(event.target.value)}>
                <option value="">{t("live.prompt.allThemes")}</option>
                {themes.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <p id={`${id}-count`} className={`muted small ${styles.count}`} aria-live="polite">
          {t("live.prompt.results", { count: found.length, total: lessons.length })}
        </p>
      </div>
      {/* While searching, cards show their whole text: the words found may be past the clamp. */}
      <div
        ref={results}
        className={`${styles.results} ${deferredQuery.trim() ? styles.searching : ""}`}
        data-testid="lesson-picker-results"
      >
        {groups.length === 0 && <p className={styles.none}>{t("live.prompt.noResults")}</p>}
        {groups.map((group, index) => (
          <section key={group.theme} aria-labelledby={`${id}-theme-${index}`}>
            <h3 id={`${id}-theme-${index}`} className={styles.themeHeading}>
              {group.theme}
            </h3>
            <ul className={styles.grid}>
              {group.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <LessonCardButton
                    lesson={lesson}
                    dealt={dealt.includes(lesson.id)}
                    current={lesson.id === current}
                    onDeal={() => {
                      onDeal(lesson.id);
                      dialog.current?.close();
                    }}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </dialog>
  );
}

/** One lesson in the grid: number, theme and whether it was dealt, then its text, the first sentence first. */
function LessonCardButton({
  lesson,
  dealt,
  current,
  onDeal,
}: {
  lesson: LessonOption;
  dealt: boolean;
  current: boolean;
  onDeal: () => void;
}) {
  const { t } = useI18n();
  const { lead, rest } = splitLead(lesson.text);
  const state = current ? styles.current : dealt ? styles.dealt : "";
  return (
    <button type="button" className={`${styles.card} ${state}`} onClick={onDeal} data-testid="lesson-card">
      <span className={styles.meta}>
        <span className={styles.number}>
          <span className="visually-hidden">{t("live.prompt.number", { number: lesson.number })}</span>
          <span aria-hidden="true">{lesson.number}</span>
        </span>{" "}
        <span className={styles.theme}>{lesson.theme}</span>{" "}
        {(current || dealt) && (
          <span className={styles.badge}>{current ? t("live.prompt.current") : t("live.prompt.dealt")}</span>
        )}
      </span>{" "}
      <span className={styles.text} lang={lesson.lang}>
        <span className={styles.lead}>{lead}</span>
        {rest && " "}
        {rest && <span className={styles.rest}>{rest}</span>}
      </span>
    </button>
  );
}
