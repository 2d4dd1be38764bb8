import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { numberLessons } from "@/lib/domain/lesson-numbers";
import { pick, shownLocale } from "@/lib/i18n/locales";
import { auth } from "@/server/auth/next-auth";
import { getDb } from "@/server/db/client";
import { getDeck } from "@/server/services/decks";
import styles from "../decks.module.css";

export const dynamic = "force-dynamic";

const hasText = (nl: string, en: string) => nl.trim() !== "" || en.trim() !== "";

const paramsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

type Props = { params: Promise<{ slug: string }> };

async function loadDeck(params: Props["params"]) {
  const parsed = paramsSchema.safeParse(await params);
  // An own deck is its owner's only: for anyone else it does not exist.
  const viewerId = (await auth())?.user?.id ?? null;
  const deck = parsed.success ? await getDeck(getDb(), parsed.data.slug, viewerId) : null;
  if (!deck) notFound();
  return deck;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, deck] = await Promise.all([getTranslator(), loadDeck(params)]);
  return { title: pick(locale, { nl: deck.titleNl, en: deck.titleEn }) };
}

/**
 * The deck browser: introduction, the themes with their framing and lessons, the closing word. A
 * text missing in the reader's language (an own deck may be written in one) shows the other one.
 */
export default async function DeckPage({ params }: Props) {
  const [{ locale, t }, deck] = await Promise.all([getTranslator(), loadDeck(params)]);
  const text = (nl: string, en: string) => pick(locale, { nl, en });
  // A text shown in the other language (missing in the reader's) says so to screen readers.
  const lang = (nl: string, en: string) => {
    const shown = shownLocale(locale, { nl, en });
    return shown === locale ? undefined : shown;
  };
  return (
    <div className="container page">
      <header className="page-header">
        <p className="eyebrow">{t("decks.title")}</p>
        <h1 lang={lang(deck.titleNl, deck.titleEn)}>{text(deck.titleNl, deck.titleEn)}</h1>
        {deck.ownerId === null ? (
          <p className="muted">
            {t("decks.source", { source: text(deck.sourceNl, deck.sourceEn) })} · {t("decks.shownIn")}
          </p>
        ) : (
          <p className={styles.ownerBar}>
            <span className="badge">{t("decks.own")}</span>
            <Link href={`/decks/${deck.slug}/edit`} className="button button-quiet button-small">
              {t("decks.edit")}
            </Link>
          </p>
        )}
      </header>
      <div className={styles.layout}>
        <nav className={`${styles.toc} card`} aria-labelledby="toc-title">
          <h2 id="toc-title" className="eyebrow">
            {t("decks.themesNav")}
          </h2>
          <ol>
            {deck.themes.map((theme) => (
              <li key={theme.id}>
                <a href={`#theme-${theme.position + 1}`}>{text(theme.titleNl, theme.titleEn)}</a>{" "}
                <span className="badge">{theme.lessons.length}</span>
              </li>
            ))}
          </ol>
        </nav>
        <div>
          {hasText(deck.introNl, deck.introEn) && (
            <section aria-labelledby="intro-title" className={styles.intro}>
              <h2 id="intro-title">{text(deck.headingNl, deck.headingEn) || t("decks.introduction")}</h2>
              <p lang={lang(deck.introNl, deck.introEn)}>{text(deck.introNl, deck.introEn)}</p>
            </section>
          )}
          {numberLessons(deck.themes).map((theme) => (
            <section
              key={theme.id}
              id={`theme-${theme.position + 1}`}
              className={styles.browseTheme}
              aria-labelledby={`theme-title-${theme.position}`}
            >
              <h2 id={`theme-title-${theme.position}`} lang={lang(theme.titleNl, theme.titleEn)}>
                {text(theme.titleNl, theme.titleEn)}
              </h2>
              {hasText(theme.framingNl, theme.framingEn) && (
                <p className={styles.framing} lang={lang(theme.framingNl, theme.framingEn)}>
                  {text(theme.framingNl, theme.framingEn)}
                </p>
              )}
              <ol className={styles.browseLessons}>
                {theme.lessons.map((lesson) => (
                  <li key={lesson.id} className={`card ${styles.lessonCard}`} data-testid="lesson">
                    <span
                      className={styles.lessonNumber}
                      role="img"
                      aria-label={t("decks.lessonNumber", { number: lesson.number })}
                    >
                      {lesson.number}
                    </span>
                    <p className={styles.browseLessonText} lang={lang(lesson.textNl, lesson.textEn)}>
                      {text(lesson.textNl, lesson.textEn)}
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {hasText(deck.closingNl, deck.closingEn) && (
            <section className={`card ${styles.closing}`} aria-labelledby="closing-title">
              <h2 id="closing-title">{t("decks.closing")}</h2>
              <p lang={lang(deck.closingNl, deck.closingEn)}>{text(deck.closingNl, deck.closingEn)}</p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
