import type { Metadata } from "next";
import { getTranslator } from "@/app/_lib/locale";
import { sharedReport } from "@/app/sessions/[id]/report/load-report";
import { ReportView } from "@/app/sessions/[id]/report/report-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("report.title"), robots: { index: false, follow: false } };
}

/** A report opened with a share link: read-only, for anyone who has the link while it is valid. */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const report = await sharedReport(token);
  const { locale, t } = await getTranslator();
  return (
    <ReportView
      report={report}
      locale={locale}
      t={t}
      downloadBase={`/r/${token}`}
      banner={<p className="notice notice-success">{t("share.sharedNote")}</p>}
    />
  );
}
