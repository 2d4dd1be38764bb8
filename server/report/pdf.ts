import type { ActionPointRecord } from "@/lib/domain/intervision";
import { countOf, formatDate, formatDay, localeTag } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { minutes, type ReportReaction, type ReportRound, reactionMarks, type SessionReport } from "@/lib/report/report";
import { printable } from "./pdf-fonts";
import { COLORS, PdfWriter } from "./pdf-layout";
import { summarySection } from "./pdf-summary";

/**
 * The session report as a printable PDF (A4), in the report's language: the facts, a summary
 * (pdf-summary.ts), phases with the time spent against the plan, the chosen case, every prompt with
 * its revealed reactions (an anonymous one says "Anonymous", never a name), the action points and
 * the notes; page numbers in the footer. `now` is the creation date written into the file's properties.
 */
export async function reportPdf(report: SessionReport, locale: Locale, t: Translate, now: Date): Promise<Buffer> {
  const pdf = new PdfWriter({
    title: `${t("report.title")}: ${report.title}`,
    author: report.facilitator,
    subject: t("report.title"),
    lang: localeTag(locale),
    created: now,
  });
  const dueDay = (day: string) => formatDay(locale, day);

  header(pdf, report, locale, t);
  summarySection(pdf, report, locale, t, dueDay);
  phases(pdf, report, locale, t);
  chosenCase(pdf, report, t);
  pdf.heading(t("report.rounds"), 90);
  pdf.text(t("report.anonymousNote"), { size: 9, color: COLORS.muted }).space(8);
  if (report.rounds.length === 0) pdf.text(t("report.none"), { face: "italic", color: COLORS.muted }).space(12);
  report.rounds.forEach((round, index) => {
    roundBlock(pdf, round, index, locale, t);
  });
  actionPoints(pdf, report.actionPoints, t, dueDay);
  pdf.heading(t("report.notes"), 30);
  if (report.notes.trim()) pdf.text(report.notes);
  else pdf.text(t("report.none"), { face: "italic", color: COLORS.muted });

  return pdf.finish((page, total) => ({
    left: `${t("report.title")} · ${report.title}`,
    right: t("reportPdf.page", { page, total }),
  }));
}

function header(pdf: PdfWriter, report: SessionReport, locale: Locale, t: Translate) {
  pdf.eyebrow(`Kring · ${t("report.title")}`).space(4);
  pdf.text(report.title, { face: "bold", size: 22, lineGap: 2 }).space(10);
  const facts: [string, string][] = [];
  if (report.method) facts.push([t("report.method"), report.method[locale]]);
  if (report.group) facts.push([t("report.group"), report.group]);
  facts.push([t("report.facilitator"), report.facilitator]);
  if (report.startedAt) facts.push([t("report.date"), formatDate(locale, report.startedAt)]);
  const labelWidth = 110;
  for (const [label, value] of facts) {
    const y = pdf.doc.y;
    pdf.text(label, { size: 10, color: COLORS.muted }, { width: labelWidth });
    const labelEnd = pdf.doc.y;
    pdf.doc.y = y;
    pdf.text(value, { size: 10 }, { indent: labelWidth });
    pdf.doc.y = Math.max(labelEnd, pdf.doc.y) + 2;
  }
  pdf.space(10);
}

function phases(pdf: PdfWriter, report: SessionReport, locale: Locale, t: Translate) {
  if (report.phases.length === 0) return;
  pdf.heading(t("report.phases"), 40);
  const column = 86;
  const titleWidth = pdf.width - 2 * column;
  const row = (cells: [string, string, string], style: { face: "regular" | "bold"; color: string; over?: boolean }) => {
    const height = pdf.measure(cells[0], { face: style.face, size: 10 }, titleWidth - 8);
    pdf.keep(height + 8);
    const y = pdf.doc.y + 4;
    const left = pdf.left;
    pdf.style({ face: style.face, size: 10, color: style.color });
    pdf.doc.text(printable(cells[0]), left, y, { width: titleWidth - 8, lineGap: 3 });
    pdf.doc.text(cells[1], left + titleWidth, y, { width: column, align: "right", lineGap: 3 });
    pdf.style({ face: style.over ? "bold" : style.face, size: 10, color: style.over ? COLORS.danger : style.color });
    pdf.doc.text(cells[2], left + titleWidth + column, y, { width: column, align: "right", lineGap: 3 });
    pdf.doc.y = y + height + 4;
    pdf.rule();
  };
  const min = (ms: number) => t("report.minutes", { count: minutes(ms) });
  row([t("report.phase"), t("report.planned"), t("report.spent")], { face: "bold", color: COLORS.muted });
  for (const phase of report.phases) {
    row([phase.title[locale], min(phase.plannedMs), min(phase.spentMs)], {
      face: "regular",
      color: COLORS.ink,
      over: minutes(phase.spentMs) > minutes(phase.plannedMs),
    });
  }
  const planned = report.phases.reduce((sum, phase) => sum + phase.plannedMs, 0);
  const spent = report.phases.reduce((sum, phase) => sum + phase.spentMs, 0);
  row([t("reportPdf.total"), min(planned), min(spent)], { face: "bold", color: COLORS.ink });
  pdf.space(14);
}

function chosenCase(pdf: PdfWriter, report: SessionReport, t: Translate) {
  const chosen = report.cases.find((each) => each.status === "chosen");
  if (!chosen) return;
  pdf.heading(t("report.case"), 60);
  const meta = [t("live.cases.caseOwner", { name: chosen.owner }), votes(chosen.votes, t)].filter(Boolean).join(" · ");
  const inner = pdf.width - 14 - 10;
  const height =
    pdf.measure(chosen.title, { face: "bold", size: 12 }, inner) +
    4 +
    pdf.measure(chosen.question, {}, inner) +
    4 +
    pdf.measure(meta, { size: 9 }, inner);
  pdf.framed(
    (indent) => {
      const width = { indent, width: pdf.width - indent - 10 };
      pdf.text(chosen.title, { face: "bold", size: 12 }, width).space(4);
      pdf.text(chosen.question, {}, width).space(4);
      pdf.text(meta, { size: 9, color: COLORS.muted }, width);
    },
    height,
    { bar: COLORS.accent, fill: "#fbf3ec" },
  );
  pdf.space(14);
}

function roundBlock(pdf: PdfWriter, round: ReportRound, index: number, locale: Locale, t: Translate) {
  const heading = round.lesson
    ? t("report.lesson", { number: round.lesson.number, theme: round.lesson.theme[locale] })
    : (round.phase?.[locale] ?? t("report.round", { number: index + 1 }));
  const eyebrow = round.lesson && round.phase ? round.phase[locale] : null;
  const prompt = round.lesson?.text[locale] ?? null;
  const promptStyle = { face: "italic", size: 11, lineGap: 3 } as const;
  const inner = pdf.width - 14 - 10;
  const promptHeight = prompt ? pdf.measure(prompt, promptStyle, inner) : 0;
  // The heading, the prompt and the start of the first reaction stay together.
  pdf.keep(
    (eyebrow ? 14 : 0) + pdf.measure(heading, { face: "bold", size: 12 }) + (prompt ? promptHeight + 26 : 0) + 44,
  );
  pdf.space(4);
  if (eyebrow) pdf.eyebrow(eyebrow, COLORS.muted).space(2);
  pdf.text(heading, { face: "bold", size: 12, color: COLORS.brand, lineGap: 2 }).space(6);
  if (prompt) {
    pdf.framed((indent) => pdf.text(prompt, promptStyle, { indent, width: pdf.width - indent - 10 }), promptHeight, {
      bar: COLORS.brand,
      fill: COLORS.brandSoft,
    });
    pdf.space(8);
  }
  if (round.reactions.length === 0) {
    pdf.text(t("report.none"), { face: "italic", color: COLORS.muted }).space(10);
    return;
  }
  for (const reaction of round.reactions) reactionBlock(pdf, reaction, t);
  pdf.space(10);
}

function reactionBlock(pdf: PdfWriter, reaction: ReportReaction, t: Translate) {
  const indent = 14;
  const kind = `${t(`live.kinds.${reaction.kind}`)}  `;
  const meta = reactionMarks(reaction, t).join(" · ");
  const width = pdf.width - indent;
  const textHeight = pdf.measure(kind + reaction.text, {}, width);
  const metaHeight = pdf.measure(meta, { size: 9 }, width);
  // A short reaction is never split over two pages; a long one starts with at least a few lines
  // (moving it whole could leave most of a page empty).
  const whole = textHeight + metaHeight + 2;
  pdf.keep(whole <= 150 ? whole : 60);
  const y = pdf.doc.y;
  pdf.doc.circle(pdf.left + 3.5, y + 6.5, 2).fill(COLORS.brand);
  pdf.runs(
    [
      { text: kind, style: { face: "bold", size: 9.5, color: COLORS.accent } },
      { text: reaction.text, style: {} },
    ],
    { indent },
  );
  pdf.space(1);
  pdf.text(`— ${meta}`, { face: reaction.author ? "regular" : "italic", size: 9, color: COLORS.muted }, { indent });
  pdf.space(7);
}

function actionPoints(pdf: PdfWriter, points: ActionPointRecord[], t: Translate, formatDay: (day: string) => string) {
  pdf.heading(t("report.actionPoints"), 40);
  if (points.length === 0) {
    pdf.text(t("report.none"), { face: "italic", color: COLORS.muted }).space(12);
    return;
  }
  const indent = 20;
  const width = pdf.width - indent;
  for (const point of points) {
    const meta = [
      point.ownerName || t("live.actions.noOwner"),
      point.dueDate ? `${t("report.due")} ${formatDay(point.dueDate)}` : null,
      t(`live.actions.${point.status}`),
    ]
      .filter(Boolean)
      .join(" · ");
    const height = pdf.measure(point.text, {}, width) + pdf.measure(meta, { size: 9 }, width) + 2;
    pdf.keep(height <= pdf.bottom - pdf.top ? height : 60);
    const y = pdf.doc.y;
    checkbox(pdf, pdf.left, y + 1.5, point.status);
    pdf.text(point.text, { color: point.status === "dropped" ? COLORS.muted : COLORS.ink }, { indent });
    pdf.space(1);
    pdf.text(meta, { size: 9, color: COLORS.muted }, { indent });
    pdf.space(8);
  }
  pdf.space(6);
}

/** An empty box for an open point, a ticked one for a done point, a crossed-out one for a dropped point. */
function checkbox(pdf: PdfWriter, x: number, y: number, status: ActionPointRecord["status"]) {
  const size = 10;
  const doc = pdf.doc;
  doc.lineWidth(0.9).strokeColor(status === "open" ? COLORS.ink : COLORS.muted);
  doc.rect(x, y, size, size).stroke();
  if (status === "done") {
    doc
      .moveTo(x + 2, y + 5.2)
      .lineTo(x + 4.2, y + 7.6)
      .lineTo(x + 8.2, y + 2.4)
      .lineWidth(1.4)
      .strokeColor(COLORS.brand)
      .stroke();
  } else if (status === "dropped") {
    doc
      .moveTo(x + 2.5, y + 2.5)
      .lineTo(x + 7.5, y + 7.5)
      .moveTo(x + 7.5, y + 2.5)
      .lineTo(x + 2.5, y + 7.5)
      .lineWidth(1)
      .strokeColor(COLORS.muted)
      .stroke();
  }
}

function votes(count: number, t: Translate): string | null {
  return count > 0 ? countOf(t, count, "report.oneVote", "report.votes") : null;
}
