import { getTranslator } from "@/app/_lib/locale";
import { downloadFormatSchema, reportDownload } from "@/app/sessions/[id]/report/download";
import { getDb } from "@/server/db/client";
import { loadReport } from "@/server/services/report";
import { sessionForShareToken } from "@/server/services/share-links";

/** A download of a report opened with a share link, while the link is valid. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; format: string }> }) {
  const { token, format: rawFormat } = await params;
  const format = downloadFormatSchema.safeParse(rawFormat);
  const sessionId = format.success ? await sessionForShareToken(getDb(), token, new Date()) : null;
  const report = sessionId ? await loadReport(getDb(), sessionId) : null;
  const { locale, t } = await getTranslator();
  if (!format.success || !report) return new Response(t("share.invalidBody"), { status: 404 });
  return reportDownload(report, format.data, locale, t);
}
