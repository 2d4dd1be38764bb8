import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { countOf } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import type { DeckSummary } from "@/lib/realtime/events";
import { auth } from "@/server/auth/next-auth";
import { getDb } from "@/server/db/client";
import { listDecks } from "@/server/services/decks";
import styles from "./decks.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("decks.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The shipped decks for everyone; for a signed-in facilitator also their own, and a new one. */
export default async function DecksPage({ searchParams }: Props) {
  const { locale, t } = await getTranslator();
  const viewerId = (await auth())?.user?.id ?? null;
  const decks = await listDecks(getDb(), viewerId);
  const deleted = (await searchParams).deleted === "1";
  const shipped = decks.filter((deck) => !deck.own);
  const mine = decks.filter((deck) => deck.own);
  const card = (deck: DeckSummary) => {
    const title = pick(locale, deck.title);
    return (
      <li key={deck.id} className={`card ${styles.card}`} data-testid="deck-card">
        <h3>{title}</h3>
        <p className="muted">{countOf(t, deck.lessonCount, "decks.lessonCountOne", "decks.lessonCount")}</p>
        <div className={styles.cardActions}>
          <Link href={`/decks/${deck.slug}`} className="button">
            {t("decks.open")}
          </Link>
          {deck.own && (
            <Link
              href={`/decks/${deck.slug}/edit`}
              className="button button-quiet"
              aria-label={t("decks.editLabel", { title })}
            >
              {t("decks.edit")}
            </Link>
          )}
        </div>
      </li>
    );
  };
  return (
    <div className="container page">
      <header className="page-header">
        <h1>{t("decks.title")}</h1>
        <p className="lead">{t("decks.lead")}</p>
      </header>
      {deleted && (
        <p role="status" className="notice notice-success">
          {t("decks.deleted")}
        </p>
      )}
      <section aria-labelledby="shipped-title" className={styles.section}>
        <h2 id="shipped-title">{t("decks.shipped")}</h2>
        <ul className={`grid grid-3 ${styles.grid}`}>{shipped.map(card)}</ul>
      </section>
      {viewerId && (
        <section aria-labelledby="mine-title" className={styles.section} data-testid="my-decks">
          <div className="section-heading">
            <div>
              <h2 id="mine-title">{t("decks.mine")}</h2>
              <p className="muted">{t("decks.mineLead")}</p>
            </div>
            <Link href="/decks/new" className="button">
              {t("decks.newDeck")}
            </Link>
          </div>
          {mine.length === 0 ? (
            <p className="card empty-state">{t("decks.noneOfMine")}</p>
          ) : (
            <ul className={`grid grid-3 ${styles.grid}`}>{mine.map(card)}</ul>
          )}
        </section>
      )}
    </div>
  );
}
