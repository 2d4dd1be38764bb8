import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { DeckDetailsForm } from "../_components/deck-forms";
import styles from "../decks.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("deckEditor.newTitle") };
}

export default async function NewDeckPage() {
  await requireFacilitator("/decks/new");
  const { t } = await getTranslator();
  return (
    <div className={`container page form-page ${styles.newPage}`}>
      <p className="eyebrow">
        <Link href="/decks">{t("deckEditor.backToDecks")}</Link>
      </p>
      <h1>{t("deckEditor.newTitle")}</h1>
      <p className="lead">{t("deckEditor.newLead")}</p>
      <div className="card">
        <DeckDetailsForm />
      </div>
    </div>
  );
}
