import { getTranslator } from "@/app/_lib/locale";
import { requestOrigin } from "@/app/_lib/origin";
import { proposalsOpen } from "@/lib/domain/case-proposals";
import { translator } from "@/lib/i18n/translate";
import type { BringInReminder } from "@/lib/report/ics";
import { parseLocale } from "@/lib/schemas/locale";
import { getDb } from "@/server/db/client";
import { downloadFormatSchema, reportDownload } from "../download";
import { readableReport } from "../load-report";

/** A download of the report, for whoever may read it (see load-report.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format: rawFormat } = await params;
  const format = downloadFormatSchema.safeParse(rawFormat);
  if (!format.success) return new Response("Not found", { status: 404 });
  const { report } = await readableReport(id);
  const { locale, t } = await getTranslator();
  const bringIn = format.data === "ics" ? await bringInReminder(report.id) : undefined;
  return reportDownload(report, format.data, locale, t, bringIn);
}

/**
 * Before the session starts, its calendar file reminds the group to bring in a case, with the link,
 * in the session's language: it is sent to the group, whatever language the facilitator reads in.
 */
async function bringInReminder(sessionId: string): Promise<BringInReminder | undefined> {
  const session = await getDb().intervisionSession.findUnique({
    where: { id: sessionId },
    select: { id: true, title: true, status: true, joinCode: true, locale: true },
  });
  if (!session || !proposalsOpen(session.status)) return undefined;
  const { origin } = await requestOrigin();
  const url = `${origin}/join/${session.joinCode}/case`;
  const t = translator(parseLocale(session.locale));
  return {
    uid: `bring-in-${session.id}`,
    day: new Date().toISOString().slice(0, 10),
    url,
    summary: t("proposals.ics.summary", { title: session.title }),
    description: t("proposals.ics.description", { title: session.title, url }),
  };
}
