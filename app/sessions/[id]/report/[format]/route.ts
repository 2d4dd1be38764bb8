import { getTranslator } from "@/app/_lib/locale";
import { downloadFormatSchema, reportDownload } from "../download";
import { readableReport } from "../load-report";

/** A download of the report, for whoever may read it (see load-report.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format: rawFormat } = await params;
  const format = downloadFormatSchema.safeParse(rawFormat);
  if (!format.success) return new Response("Not found", { status: 404 });
  const { report } = await readableReport(id);
  const { locale, t } = await getTranslator();
  return reportDownload(report, format.data, locale, t);
}
