import type { ReactNode } from "react";
import actionStyles from "@/app/_live/action-points.module.css";
import caseStyles from "@/app/_live/case-board.module.css";
import notesStyles from "@/app/_live/notes-panel.module.css";
import promptStyles from "@/app/_live/prompt-card.module.css";
import { countOf, formatDate, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { minutes, reactionMarks, type SessionReport } from "@/lib/report/report";
import { ReportInsights } from "./insights";
import { ReportSummary } from "./report-summary";
import styles from "./report-view.module.css";

const DOWNLOAD_LABELS = {
  pdf: "reportPdf.download",
  md: "report.markdown",
  csv: "report.csv",
  ics: "report.ics",
} as const;

interface Props {
  report: SessionReport;
  locale: Locale;
  t: Translate;
  /** Where the downloads are: `<base>/<format>`. */
  downloadBase: string;
  /** Shown above the report, e.g. "shared report, read-only". */
  banner?: ReactNode;
  /** Below the report: the lead's panels, or a way back. */
  children?: ReactNode;
}

/**
 * What happened in a session: a summary first (report-summary.tsx), then the full record: phases and
 * time, the case, every prompt with its reactions, action points, notes.
 */
export function ReportView({ report, locale, t, downloadBase, banner, children }: Props) {
  const formatDueDay = (day: string) => formatDay(locale, day);
  const chosen = report.cases.find((each) => each.status === "chosen");
  const otherCases = report.cases.filter((each) => each.status !== "chosen");
  return (
    <div className={`container page ${styles.report}`}>
      {banner}
      {report.status !== "ended" && <p className="notice notice-warning">{t("report.inProgress")}</p>}
      <p className="eyebrow">{t("report.title")}</p>
      <h1>{report.title}</h1>
      <dl className={styles.facts}>
        {report.method && (
          <>
            <dt>{t("report.method")}</dt>
            <dd>{report.method[locale]}</dd>
          </>
        )}
        {report.group && (
          <>
            <dt>{t("report.group")}</dt>
            <dd>{report.group}</dd>
          </>
        )}
        <dt>{t("report.facilitator")}</dt>
        <dd>{report.facilitator}</dd>
        {report.startedAt && (
          <>
            <dt>{t("report.date")}</dt>
            <dd>{formatDate(locale, report.startedAt)}</dd>
          </>
        )}
      </dl>
      <ReportSummary report={report} locale={locale} t={t} formatDay={formatDueDay} />
      <nav className={`card ${styles.downloads}`} aria-label={t("report.downloads")}>
        <h2>{t("report.downloads")}</h2>
        <ul className="button-row">
          {(["pdf", "md", "csv", "ics"] as const).map((format) => (
            <li key={format}>
              <a className="button button-secondary button-small" href={`${downloadBase}/${format}`} download>
                {t(DOWNLOAD_LABELS[format])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ReportInsights sessionId={report.id} />

      <section className="card" aria-labelledby="report-phases">
        <h2 id="report-phases">{t("report.phases")}</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("report.phase")}</th>
              <th scope="col">{t("report.planned")}</th>
              <th scope="col">{t("report.spent")}</th>
            </tr>
          </thead>
          <tbody>
            {report.phases.map((phase, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: phases are listed in their order, which never changes here
              <tr key={index}>
                <th scope="row">{phase.title[locale]}</th>
                <td>{t("report.minutes", { count: minutes(phase.plannedMs) })}</td>
                <td className={phase.spentMs > phase.plannedMs ? styles.overTime : undefined}>
                  {t("report.minutes", { count: minutes(phase.spentMs) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {chosen && (
        <section id={`case-${chosen.id}`} className={caseStyles.chosenCase} aria-labelledby="report-case">
          <p className="eyebrow">{t("report.case")}</p>
          <h2 id="report-case">{chosen.title}</h2>
          <p>{chosen.question}</p>
          <p className="muted small">{t("live.cases.caseOwner", { name: chosen.owner })}</p>
        </section>
      )}
      {otherCases.length > 0 && (
        <section className="card" aria-labelledby="report-other-cases">
          <h2 id="report-other-cases">{t("report.otherCases")}</h2>
          <ul className={styles.cases}>
            {otherCases.map((each) => (
              <li key={each.id} id={`case-${each.id}`} data-testid="report-other-case">
                <strong>{each.title}</strong> — {each.question}{" "}
                <span className="muted small">
                  — {each.owner} · {countOf(t, each.votes, "report.oneVote", "report.votes")}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="report-rounds" className="stack">
        <h2 id="report-rounds">{t("report.rounds")}</h2>
        <p className="muted small">{t("report.anonymousNote")}</p>
        {report.rounds.map((round, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rounds are listed in their order, which never changes here
          <article key={index} className="card report-round" data-testid="report-round">
            <p className="eyebrow">
              {round.lesson
                ? t("live.prompt.lesson", { number: round.lesson.number, theme: round.lesson.theme[locale] })
                : (round.phase?.[locale] ?? t("report.round", { number: index + 1 }))}
            </p>
            {round.lesson && <blockquote className={promptStyles.text}>{round.lesson.text[locale]}</blockquote>}
            {round.reactions.length === 0 ? (
              <p className="muted">{t("report.none")}</p>
            ) : (
              <ul className={styles.reactions}>
                {round.reactions.map((reaction) => (
                  <li key={reaction.id} id={`reaction-${reaction.id}`} data-testid="report-reaction">
                    <span className="kind-badge">{t(`live.kinds.${reaction.kind}`)}</span> {reaction.text}{" "}
                    <span className="muted small">— {reactionMarks(reaction, t).join(" · ")}</span>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </section>

      <section className="card" aria-labelledby="report-actions">
        <h2 id="report-actions">{t("report.actionPoints")}</h2>
        {report.actionPoints.length === 0 ? (
          <p className="muted">{t("report.none")}</p>
        ) : (
          <ul className={actionStyles.list}>
            {report.actionPoints.map((point) => (
              <li
                key={point.id}
                id={`action-${point.id}`}
                className={`${actionStyles.item} ${point.status === "open" ? "" : actionStyles[point.status]}`}
                data-testid="report-action-point"
              >
                <div className={actionStyles.body}>
                  <p className={actionStyles.text}>{point.text}</p>
                  <p className="muted small">
                    {point.ownerName || t("live.actions.noOwner")}
                    {point.dueDate && ` · ${t("report.due")} ${formatDueDay(point.dueDate)}`}
                  </p>
                </div>
                <span className={`badge status-${point.status}`}>{t(`live.actions.${point.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="report-notes">
        <h2 id="report-notes">{t("report.notes")}</h2>
        {report.notes ? (
          <p className={notesStyles.text}>{report.notes}</p>
        ) : (
          <p className="muted">{t("report.none")}</p>
        )}
      </section>
      {children}
    </div>
  );
}
