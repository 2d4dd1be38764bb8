import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { getDb } from "@/server/db/client";
import { participantNames } from "@/server/services/sessions";
import { listShareLinks } from "@/server/services/share-links";
import { readableReport } from "./load-report";
import { PrivacyPanel } from "./privacy-panel";
import { ReportView } from "./report-view";
import { SharePanel } from "./share-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("report.title") };
}

/**
 * A session's report, for whoever may read it (load-report.ts). The facilitator who led the session
 * also shares it and erases data here; a participant finds the way back to their own screen.
 */
export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const { report, reader, userId } = await readableReport(id);
  const { locale, t } = await getTranslator();
  const lead = reader.kind === "lead" && userId ? await leadPanels(userId, report.id) : null;
  return (
    <ReportView report={report} locale={locale} t={t} downloadBase={`/sessions/${report.id}/report`}>
      {lead && (
        <>
          <SharePanel sessionId={report.id} links={lead.links} live={report.status !== "ended"} />
          <PrivacyPanel
            sessionId={report.id}
            live={report.status === "lobby" || report.status === "running"}
            participants={lead.participants}
          />
        </>
      )}
      <p>
        {reader.kind === "participant" ? (
          <Link href={`/live/${report.id}`}>{t("report.backToSession")}</Link>
        ) : reader.kind === "lead" ? (
          <Link href={`/sessions/${report.id}`}>{t("plan.backToCockpit")}</Link>
        ) : (
          <Link href="/sessions">{t("archive.title")}</Link>
        )}
      </p>
    </ReportView>
  );
}

async function leadPanels(userId: string, sessionId: string) {
  const db = getDb();
  const [links, participants] = await Promise.all([
    listShareLinks(db, userId, sessionId, new Date()),
    participantNames(db, sessionId),
  ]);
  return {
    links: links.map((link) => ({
      id: link.id,
      state: link.state,
      createdAt: link.createdAt.getTime(),
      expiresAt: link.expiresAt?.getTime() ?? null,
    })),
    participants,
  };
}
