import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { pick } from "@/lib/i18n/locales";
import { getDb } from "@/server/db/client";
import { listDecks } from "@/server/services/decks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("decks.title") };
}

export default async function DecksPage() {
  const { locale, t } = await getTranslator();
  const decks = await listDecks(getDb());
  return (
    <div className="container page">
      <header className="page-header">
        <h1>{t("decks.title")}</h1>
        <p className="lead">{t("decks.lead")}</p>
      </header>
      <ul className="grid grid-3" style={{ listStyle: "none", padding: 0 }}>
        {decks.map((deck) => (
          <li key={deck.id} className="card">
            <h2>{pick(locale, deck.title)}</h2>
            <p className="muted">{t("decks.lessonCount", { count: deck.lessonCount })}</p>
            <Link href={`/decks/${deck.slug}`} className="button">
              {t("decks.open")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
