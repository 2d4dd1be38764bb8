import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { actionPointsCsv } from "@/lib/report/csv";
import { actionPointsIcs } from "@/lib/report/ics";
import { reportMarkdown } from "@/lib/report/markdown";
import { reportPdf } from "@/server/report/pdf";
import { reportForFacilitator } from "../load-report";

const formatSchema = z.enum(["md", "pdf", "csv", "ics"]);

/** Downloads of a report: Markdown, PDF, the action points as CSV (for Excel), their due dates as .ics. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format: rawFormat } = await params;
  const format = formatSchema.safeParse(rawFormat);
  if (!format.success) return new Response("Not found", { status: 404 });
  const report = await reportForFacilitator(Promise.resolve({ id }), (sessionId) => `/sessions/${sessionId}/report`);
  const { locale, t } = await getTranslator();
  const base = fileName(report.title);
  if (format.data === "md") {
    return download(reportMarkdown(report, locale, t), `${base}.md`, "text/markdown; charset=utf-8");
  }
  if (format.data === "pdf") {
    return download(new Uint8Array(await reportPdf(report, locale, t, new Date())), `${base}.pdf`, "application/pdf");
  }
  if (format.data === "csv") {
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
    return download(csv, `${base}-actiepunten.csv`, "text/csv; charset=utf-8");
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
