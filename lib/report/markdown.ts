import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { mdBlock, mdInline } from "./markdown-text";
import { minutes, reactionMarks, type SessionReport } from "./report";
import { reportSummary, summaryIsEmpty } from "./summary";

/**
 * The report as Markdown: a summary first (summary.ts), then headings, the time per phase against the plan, every prompt with its
 * reactions. Everything people wrote (titles, names, reactions, notes, their own decks' and
 * methods' texts) goes through mdInline/mdBlock, so it reads as text and never as markup.
 */
export function reportMarkdown(report: SessionReport, locale: Locale, t: Translate): string {
  const out: string[] = [`# ${t("report.title")}: ${mdInline(report.title)}`, ""];
  const facts = [
    report.method && `- ${t("report.method")}: ${mdInline(report.method[locale])}`,
    report.group && `- ${t("report.group")}: ${mdInline(report.group)}`,
    `- ${t("report.facilitator")}: ${mdInline(report.facilitator)}`,
    report.startedAt && `- ${t("report.date")}: ${new Date(report.startedAt).toISOString().slice(0, 10)}`,
  ].filter(Boolean);
  out.push(...(facts as string[]), "");
  out.push(...summaryMarkdown(report, locale, t));
  out.push(
    `## ${t("report.phases")}`,
    "",
    `| ${t("report.phase")} | ${t("report.planned")} | ${t("report.spent")} |`,
    "|---|---|---|",
  );
  for (const phase of report.phases) {
    out.push(
      `| ${mdInline(phase.title[locale])} | ${t("report.minutes", { count: minutes(phase.plannedMs) })} | ${t("report.minutes", { count: minutes(phase.spentMs) })} |`,
    );
  }
  out.push("");
  const chosen = report.cases.find((each) => each.status === "chosen");
  if (chosen) {
    out.push(`## ${t("report.case")}`, "", `**${mdInline(chosen.title)}** (${mdInline(chosen.owner)})`, "");
    out.push(mdBlock(chosen.question), "");
  }
  out.push(`## ${t("report.rounds")}`, "");
  report.rounds.forEach((round, index) => {
    const heading = round.lesson
      ? t("report.lesson", { number: round.lesson.number, theme: mdInline(round.lesson.theme[locale]) })
      : round.phase
        ? mdInline(round.phase[locale])
        : t("report.round", { number: index + 1 });
    out.push(`### ${heading}`, "");
    if (round.lesson) out.push(`> ${mdBlock(round.lesson.text[locale], "> ")}`, "");
    if (round.reactions.length === 0) out.push(`_${t("report.none")}_`, "");
    for (const reaction of round.reactions) {
      const marks = [t(`live.kinds.${reaction.kind}`), ...reactionMarks(reaction, t)].map(mdInline);
      out.push(`- ${mdBlock(reaction.text, "  ")} (${marks.join(", ")})`);
    }
    out.push("");
  });
  out.push(`## ${t("report.actionPoints")}`, "");
  if (report.actionPoints.length === 0) out.push(`_${t("report.none")}_`, "");
  for (const point of report.actionPoints) {
    const who = point.ownerName ? mdInline(point.ownerName) : t("live.actions.noOwner");
    const due = point.dueDate ? `, ${t("report.due")} ${point.dueDate}` : "";
    out.push(
      `- [${point.status === "done" ? "x" : " "}] ${mdBlock(point.text, "  ")} (${who}${due}, ${t(`live.actions.${point.status}`)})`,
    );
  }
  out.push(
    "",
    `## ${t("report.notes")}`,
    "",
    report.notes.trim() ? mdBlock(report.notes) : `_${t("report.none")}_`,
    "",
  );
  return out.join("\n");
}

/** The summary the report leads with: the case, the lessons dealt, the notes' start, the action points. */
function summaryMarkdown(report: SessionReport, locale: Locale, t: Translate): string[] {
  const summary = reportSummary(report);
  if (summaryIsEmpty(summary)) return [];
  const out = [`## ${t("report.summary.title")}`, ""];
  if (summary.case) {
    out.push(
      `### ${t("report.case")}`,
      "",
      `**${mdInline(summary.case.title)}** (${mdInline(summary.case.owner)})`,
      "",
    );
    out.push(mdBlock(summary.case.question), "");
  }
  if (summary.lessons.length > 0) {
    out.push(`### ${t("report.summary.lessons")}`, "");
    for (const lesson of summary.lessons) {
      out.push(`- ${t("report.summary.lesson", { number: lesson.number })}: ${mdInline(lesson.text[locale])}`);
    }
    out.push("");
  }
  if (summary.notes) out.push(`### ${t("report.summary.notes")}`, "", mdInline(summary.notes.excerpt), "");
  out.push(`### ${t("report.actionPoints")}`, "");
  if (summary.actionPoints.length === 0) out.push(`_${t("report.summary.noActions")}_`);
  for (const point of summary.actionPoints) {
    const who = point.owner ? mdInline(point.owner) : t("live.actions.noOwner");
    const due = point.dueDate ? `${t("report.due")} ${point.dueDate}` : t("report.summary.noDue");
    out.push(`- ${mdInline(point.text)} (${who}, ${due}, ${t(`live.actions.${point.status}`)})`);
  }
  out.push("");
  return out;
}
