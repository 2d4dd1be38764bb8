import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { actionPointsCsv } from "@/lib/report/csv";
import { actionPointsIcs } from "@/lib/report/ics";
import { reportMarkdown } from "@/lib/report/markdown";
import type { SessionReport } from "@/lib/report/report";
import { reportPdf } from "@/server/report/pdf";

/** The report's downloads: Markdown, PDF, the action points as CSV (for Excel), their due dates as .ics. */
export const downloadFormatSchema = z.enum(["md", "pdf", "csv", "ics"]);
export type DownloadFormat = z.infer<typeof downloadFormatSchema>;

/** The report as a file to download, in the reader's language. */
export async function reportDownload(report: SessionReport, format: DownloadFormat, locale: Locale, t: Translate) {
  const base = fileName(report.title);
  if (format === "md") {
    return download(reportMarkdown(report, locale, t), `${base}.md`, "text/markdown; charset=utf-8");
  }
  if (format === "pdf") {
    return download(new Uint8Array(await reportPdf(report, locale, t, new Date())), `${base}.pdf`, "application/pdf");
  }
  if (format === "csv") {
    const csv = actionPointsCsv(
      report.actionPoints,
      {
        text: t("live.actions.text"),
        owner: t("report.owner"),
        due: t("live.actions.due"),
        status: t("report.status"),
        session: t("report.session"),
      },
      (status) => t(`live.actions.${status}`),
    );
    return download(csv, `${base}-${t("report.csvFileName")}.csv`, "text/csv; charset=utf-8");
  }
  const ics = actionPointsIcs(report.actionPoints, {
    calendarName: t("report.calendarName", { title: report.title }),
    now: new Date(),
    describe: (point) =>
      t("report.describe", { owner: point.ownerName || t("live.actions.noOwner"), title: point.sessionTitle }),
  });
  return download(ics, `${base}.ics`, "text/calendar; charset=utf-8");
}

function download(body: string | Uint8Array<ArrayBuffer>, name: string, type: string) {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

/** A file name from the session title: letters, digits and dashes. */
function fileName(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return base || "kring";
}
