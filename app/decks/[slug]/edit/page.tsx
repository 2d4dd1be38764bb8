import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import {
  type DeckOutcome,
  deleteDeckAction,
  moveLessonAction,
  moveThemeAction,
  removeLessonAction,
  removeThemeAction,
} from "@/app/_actions/decks";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { numberLessons } from "@/lib/domain/lesson-numbers";
import { countOf } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/translate";
import { getDb } from "@/server/db/client";
import { getDeckForEditing } from "@/server/services/deck-editor";
import { DeckDetailsForm, LessonForm, ThemeForm } from "../../_components/deck-forms";
import { BothLanguages, ConfirmedForm, Disclosure, MoveButtons } from "../../_components/editor-controls";
import styles from "../../decks.module.css";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Loaded once per request, for the page and its title. */
const loadOwnDeck = cache(async (slug: string) => {
  const user = await requireFacilitator(`/decks/${slug}/edit`);
  // Someone else's deck, a shipped one, or none at all: the same "page not found".
  const deck = await getDeckForEditing(getDb(), user.id, slug);
  if (!deck) notFound();
  return deck;
});

async function loadDeck(params: Props["params"]) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return loadOwnDeck(parsed.data.slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, t }, deck] = await Promise.all([getTranslator(), loadDeck(params)]);
  return { title: t("deckEditor.editTitle", { title: pick(locale, { nl: deck.titleNl, en: deck.titleEn }) }) };
}

const outcomes: Record<DeckOutcome | "created", { key: MessageKey; tone: "success" | "error" }> = {
  created: { key: "deckEditor.created", tone: "success" },
  moved: { key: "deckEditor.outcomes.moved", tone: "success" },
  removed: { key: "deckEditor.outcomes.removed", tone: "success" },
  lessonFrozen: { key: "deckEditor.errors.lessonFrozen", tone: "error" },
  themeFrozen: { key: "deckEditor.errors.themeFrozen", tone: "error" },
  deckInUse: { key: "deckEditor.errors.deckInUse", tone: "error" },
};

/**
 * The editor of a facilitator's own deck: its texts, its themes and lessons in order (add, change,
 * move, remove), and deleting it. Lessons dealt in a session are frozen and say so; a theme that
 * holds one, and a deck a session uses, stay.
 */
export default async function EditDeckPage({ params, searchParams }: Props) {
  const [{ locale, t }, deck] = await Promise.all([getTranslator(), loadDeck(params)]);
  const done = z
    .enum(["created", "moved", "removed", "lessonFrozen", "themeFrozen", "deckInUse"])
    .safeParse((await searchParams).done);
  const outcome = done.success ? outcomes[done.data] : null;
  const title = pick(locale, { nl: deck.titleNl, en: deck.titleEn });
  const themes = numberLessons(deck.themes);
  return (
    <div className={`container page ${styles.editor}`}>
      <header className="page-header">
        <p className="eyebrow">
          <Link href="/decks">{t("deckEditor.backToDecks")}</Link>
        </p>
        <h1>{t("deckEditor.editTitle", { title })}</h1>
        <p className={styles.ownerBar}>
          <span className="badge">{t("decks.own")}</span>
          <span className="muted">
            {countOf(
              t,
              themes.reduce((sum, theme) => sum + theme.lessons.length, 0),
              "decks.lessonCountOne",
              "decks.lessonCount",
            )}
          </span>
          <Link href={`/decks/${deck.slug}`} className="button button-quiet button-small">
            {t("deckEditor.view")}
          </Link>
        </p>
      </header>
      {outcome && (
        <p
          role={outcome.tone === "error" ? "alert" : "status"}
          className={`notice ${outcome.tone === "error" ? "notice-warning" : "notice-success"}`}
        >
          {t(outcome.key)}
        </p>
      )}

      <details className={`card ${styles.details}`}>
        <summary className={styles.detailsSummary}>
          <h2>{t("deckEditor.details")}</h2>
        </summary>
        <DeckDetailsForm
          deck={{
            id: deck.id,
            title: { nl: deck.titleNl, en: deck.titleEn },
            intro: { nl: deck.introNl, en: deck.introEn },
            closing: { nl: deck.closingNl, en: deck.closingEn },
          }}
        />
      </details>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">{t("deckEditor.themes")}</h2>
        {themes.length === 0 && <p className="card empty-state">{t("deckEditor.noThemes")}</p>}
        <ol className={styles.themeList}>
          {themes.map((theme, themeIndex) => {
            const themeTitle = pick(locale, { nl: theme.titleNl, en: theme.titleEn });
            const themeItem = t("deckEditor.themeLabel", { number: themeIndex + 1, title: themeTitle });
            const frozen = theme.lessons.some((lesson) => lesson.frozen);
            return (
              <li
                key={theme.id}
                id={`theme-${theme.id}`}
                className={`card ${styles.theme}`}
                data-testid="editor-theme"
                aria-labelledby={`theme-title-${theme.id}`}
              >
                <div className={styles.themeHead}>
                  <div>
                    <p className="eyebrow">{t("deckEditor.themeNumber", { number: themeIndex + 1 })}</p>
                    <h3 id={`theme-title-${theme.id}`}>{themeTitle}</h3>
                    {(theme.framingNl || theme.framingEn) && (
                      <p className={`${styles.framing} ${styles.themeFraming}`}>
                        {pick(locale, { nl: theme.framingNl, en: theme.framingEn })}
                      </p>
                    )}
                  </div>
                  <div className={styles.itemActions}>
                    <MoveButtons
                      action={moveThemeAction}
                      fields={{ deckId: deck.id, themeId: theme.id }}
                      item={themeItem}
                      first={themeIndex === 0}
                      last={themeIndex === themes.length - 1}
                      t={t}
                    />
                    <Disclosure
                      toggle={t("deckEditor.editTheme")}
                      toggleLabel={`${t("deckEditor.editTheme")}: ${themeItem}`}
                    >
                      <ThemeForm
                        deckId={deck.id}
                        theme={{
                          id: theme.id,
                          title: { nl: theme.titleNl, en: theme.titleEn },
                          framing: { nl: theme.framingNl, en: theme.framingEn },
                        }}
                      />
                    </Disclosure>
                    {!frozen && (
                      <ConfirmedForm
                        action={removeThemeAction}
                        fields={{ deckId: deck.id, themeId: theme.id }}
                        toggle={t("deckEditor.remove")}
                        toggleLabel={t("deckEditor.removeLabel", { item: themeItem })}
                        confirm={t("deckEditor.removeThemeConfirm", { item: themeItem })}
                        submit={t("deckEditor.removeAction", { item: themeItem })}
                      />
                    )}
                  </div>
                </div>
                {frozen && <p className={`muted small ${styles.frozenNote}`}>{t("deckEditor.themeFrozen")}</p>}
                {theme.lessons.length === 0 ? (
                  <p className="muted">{t("deckEditor.noLessons")}</p>
                ) : (
                  <ol className={styles.lessonList}>
                    {theme.lessons.map((lesson, lessonIndex) => {
                      const lessonItem = t("deckEditor.lessonNumber", { number: lesson.number });
                      return (
                        <li
                          key={lesson.id}
                          id={`lesson-${lesson.id}`}
                          className={styles.lesson}
                          data-testid="editor-lesson"
                        >
                          <span
                            className={styles.lessonNumber}
                            role="img"
                            aria-label={t("decks.lessonNumber", { number: lesson.number })}
                          >
                            {lesson.number}
                          </span>
                          <div className={styles.lessonBody}>
                            <BothLanguages nl={lesson.textNl} en={lesson.textEn} className={styles.lessonText} />
                            {(!lesson.textNl || !lesson.textEn) && (
                              <p className={`muted small ${styles.missing}`}>
                                {t(lesson.textNl ? "deckEditor.missingEn" : "deckEditor.missingNl")}
                              </p>
                            )}
                            {lesson.frozen && (
                              <p className={styles.frozenNote}>
                                <span className="badge badge-warning">{t("deckEditor.frozen")}</span>
                              </p>
                            )}
                            <div className={styles.itemActions}>
                              <MoveButtons
                                action={moveLessonAction}
                                fields={{ deckId: deck.id, lessonId: lesson.id }}
                                item={lessonItem}
                                first={lessonIndex === 0}
                                last={lessonIndex === theme.lessons.length - 1}
                                t={t}
                              />
                              {!lesson.frozen && (
                                <>
                                  <Disclosure
                                    toggle={t("decks.edit")}
                                    toggleLabel={`${t("decks.edit")}: ${lessonItem}`}
                                  >
                                    <LessonForm
                                      deckId={deck.id}
                                      themeId={theme.id}
                                      lesson={{ id: lesson.id, text: { nl: lesson.textNl, en: lesson.textEn } }}
                                    />
                                  </Disclosure>
                                  <ConfirmedForm
                                    action={removeLessonAction}
                                    fields={{ deckId: deck.id, lessonId: lesson.id }}
                                    toggle={t("deckEditor.remove")}
                                    toggleLabel={t("deckEditor.removeLabel", { item: lessonItem })}
                                    confirm={t("deckEditor.removeLessonConfirm", { item: lessonItem })}
                                    submit={t("deckEditor.removeAction", { item: lessonItem })}
                                  />
                                </>
                              )}
                            </div>
                          </div>
                        </li>
                      );
                    })}
                  </ol>
                )}
                <section className={styles.addLesson} aria-labelledby={`add-lesson-${theme.id}`}>
                  <h4 id={`add-lesson-${theme.id}`}>{t("deckEditor.addLessonTo", { theme: themeTitle })}</h4>
                  <LessonForm deckId={deck.id} themeId={theme.id} />
                </section>
              </li>
            );
          })}
        </ol>
        <section className={`card ${styles.addTheme}`} aria-labelledby="add-theme-title">
          <h3 id="add-theme-title">{t("deckEditor.addTheme")}</h3>
          <ThemeForm deckId={deck.id} />
        </section>
      </section>

      <section className={`card ${styles.delete}`} aria-labelledby="delete-title">
        <h2 id="delete-title">{t("deckEditor.deleteTitle")}</h2>
        {deck.sessionCount > 0 ? (
          <p className="muted">{countOf(t, deck.sessionCount, "deckEditor.deckUsedOne", "deckEditor.deckUsed")}</p>
        ) : (
          <>
            <p className="muted">{t("deckEditor.deleteLead")}</p>
            <ConfirmedForm
              action={deleteDeckAction}
              fields={{ deckId: deck.id }}
              toggle={t("deckEditor.deleteTitle")}
              confirm={t("deckEditor.deleteConfirm")}
              submit={t("deckEditor.deleteAction")}
            />
          </>
        )}
      </section>
    </div>
  );
}
