import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionReport } from "@/lib/report/report";
import { reportSummary, summaryIsEmpty } from "@/lib/report/summary";
import { COLORS, type PdfWriter } from "./pdf-layout";

/**
 * The summary the printed report leads with (lib/report/summary.ts): the chosen case, the lessons
 * dealt, the start of the notes and the action points with owner and due date. Nothing about
 * reactions or their authors is in it. Left out when nothing was recorded.
 */
export function summarySection(
  pdf: PdfWriter,
  report: SessionReport,
  locale: Locale,
  t: Translate,
  formatDay: (day: string) => string,
) {
  const summary = reportSummary(report);
  if (summaryIsEmpty(summary)) return;
  pdf.heading(t("report.summary.title"), 50);
  const part = (label: string, next: number) => {
    pdf.keep(14 + next);
    pdf.eyebrow(label, COLORS.accent).space(3);
  };
  if (summary.case) {
    const chosen = summary.case;
    part(t("report.case"), pdf.measure(chosen.title, { face: "bold", size: 11.5 }) + 20);
    pdf.text(chosen.title, { face: "bold", size: 11.5 }).space(2);
    pdf.text(chosen.question).space(2);
    pdf.text(t("live.cases.caseOwner", { name: chosen.owner }), { size: 9, color: COLORS.muted }).space(10);
  }
  if (summary.lessons.length > 0) {
    part(t("report.summary.lessons"), 28);
    const indent = 52;
    for (const lesson of summary.lessons) {
      const text = lesson.text[locale];
      pdf.keep(pdf.measure(text, {}, pdf.width - indent) + 4);
      const y = pdf.doc.y;
      pdf.text(t("report.summary.lesson", { number: lesson.number }), { face: "bold", size: 9.5, color: COLORS.brand });
      pdf.doc.y = y;
      pdf.text(text, {}, { indent }).space(3);
    }
    pdf.space(7);
  }
  if (summary.notes) {
    part(t("report.summary.notes"), 28);
    pdf.text(summary.notes.excerpt).space(10);
  }
  part(t("report.actionPoints"), 28);
  if (summary.actionPoints.length === 0) {
    pdf.text(t("report.summary.noActions"), { face: "italic", color: COLORS.muted }).space(10);
  }
  for (const point of summary.actionPoints) {
    const meta = [
      point.owner || t("live.actions.noOwner"),
      point.dueDate ? t("report.summary.due", { date: formatDay(point.dueDate) }) : t("report.summary.noDue"),
      t(`live.actions.${point.status}`),
    ].join(" · ");
    const indent = 12;
    pdf.keep(pdf.measure(`${point.text} — ${meta}`, {}, pdf.width - indent) + 4);
    const y = pdf.doc.y;
    pdf.doc.circle(pdf.left + 3, y + 6.5, 2).fill(point.status === "open" ? COLORS.accent : COLORS.muted);
    pdf.runs(
      [
        { text: point.text, style: { face: "bold", color: point.status === "open" ? COLORS.ink : COLORS.muted } },
        { text: ` — ${meta}`, style: { color: COLORS.muted } },
      ],
      { indent },
    );
    pdf.space(4);
  }
  pdf.space(10);
}
