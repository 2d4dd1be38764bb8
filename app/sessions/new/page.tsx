import type { Metadata } from "next";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { formatDate } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import { getDb } from "@/server/db/client";
import { listDecks } from "@/server/services/decks";
import { listGroups } from "@/server/services/groups";
import { listMethods } from "@/server/services/methods";
import { NewSessionForm } from "./new-session-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("sessions.newTitle") };
}

type Props = { searchParams: Promise<{ group?: string | string[] }> };

export default async function NewSessionPage({ searchParams }: Props) {
  const { group: wanted } = await searchParams;
  const askedGroup = typeof wanted === "string" ? wanted : "";
  const user = await requireFacilitator(
    askedGroup ? `/sessions/new?group=${encodeURIComponent(askedGroup)}` : "/sessions/new",
  );
  const { locale, t } = await getTranslator();
  const [methods, decks, groups] = await Promise.all([
    listMethods(getDb(), user.id),
    listDecks(getDb(), user.id),
    listGroups(getDb(), user.id),
  ]);
  // ?group= preselects a group only when it is one the facilitator may use.
  const preselectedGroup = groups.find((group) => group.id === askedGroup);
  return (
    <div className="container page form-page">
      <h1>{t("sessions.newTitle")}</h1>
      <p className="lead">{t("sessions.newLead")}</p>
      <div className="card">
        <NewSessionForm
          methods={methods.map((method) => ({
            id: method.id,
            name: pick(locale, { nl: method.nameNl, en: method.nameEn }),
            summary: pick(locale, { nl: method.summaryNl, en: method.summaryEn }),
          }))}
          decks={decks.map((deck) => ({ id: deck.id, name: pick(locale, deck.title), own: deck.own }))}
          groups={groups.map((group) => ({ id: group.id, name: group.name }))}
          defaultGroupId={preselectedGroup?.id ?? ""}
          defaultAgreements={t("sessions.defaultAgreements")}
          defaultTitle={t("sessions.fields.defaultTitle", { date: formatDate(locale, new Date()) })}
        />
      </div>
    </div>
  );
}
