import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { SessionReport } from "@/lib/report/report";
import { reportSummary, summaryIsEmpty } from "@/lib/report/summary";
import styles from "./report-summary.module.css";

interface Props {
  report: SessionReport;
  locale: Locale;
  t: Translate;
  /** How the report writes a calendar day (YYYY-MM-DD). */
  formatDay: (day: string) => string;
}

/**
 * What the report leads with: the chosen case, the lessons dealt, the start of the notes and the
 * action points with owner and due date. Built by lib/report/summary.ts, which takes nothing about
 * reactions or their authors. Links go to the full record below.
 */
export function ReportSummary({ report, locale, t, formatDay }: Props) {
  const summary = reportSummary(report);
  return (
    <section className={`card ${styles.summary}`} aria-labelledby="report-summary" data-testid="report-summary">
      <h2 id="report-summary">{t("report.summary.title")}</h2>
      {summaryIsEmpty(summary) ? (
        <p className="muted">{t("report.summary.empty")}</p>
      ) : (
        <>
          <p className={`muted small ${styles.lead}`}>{t("report.summary.lead")}</p>
          <div className={styles.parts}>
            {summary.case && (
              <div className={styles.case} data-testid="summary-case">
                <h3>{t("report.case")}</h3>
                <p className={styles.caseTitle}>
                  <a href={`#case-${summary.case.id}`}>{summary.case.title}</a>
                </p>
                <p className={styles.caseQuestion}>{summary.case.question}</p>
                <p className="muted small">{t("live.cases.caseOwner", { name: summary.case.owner })}</p>
              </div>
            )}
            {summary.lessons.length > 0 && (
              <div>
                <h3>{t("report.summary.lessons")}</h3>
                <ul className={styles.lessons}>
                  {summary.lessons.map((lesson) => (
                    <li key={`${lesson.number}-${lesson.text.nl}`} data-testid="summary-lesson">
                      <span className={styles.lessonNumber}>
                        {t("report.summary.lesson", { number: lesson.number })}
                      </span>
                      <span>{lesson.text[locale]}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {summary.notes && (
              <div data-testid="summary-notes">
                <h3>{t("report.summary.notes")}</h3>
                <p className={styles.notes}>{summary.notes.excerpt}</p>
                {summary.notes.more && (
                  <p className="small">
                    <a href="#report-notes">{t("report.summary.allNotes")}</a>
                  </p>
                )}
              </div>
            )}
            <div className={styles.wide}>
              <h3>{t("report.actionPoints")}</h3>
              {summary.actionPoints.length === 0 ? (
                <p className="muted">{t("report.summary.noActions")}</p>
              ) : (
                <ul className={styles.actions}>
                  {summary.actionPoints.map((point) => (
                    <li
                      key={point.id}
                      className={point.status === "open" ? styles.action : `${styles.action} ${styles.closed}`}
                      data-testid="summary-action-point"
                    >
                      {/* The spaces between the parts are not drawn (a grid), but copied text and screen readers keep them. */}
                      <a className={styles.actionText} href={`#action-${point.id}`}>
                        {point.text}
                      </a>{" "}
                      <span className={styles.owner}>
                        <span className="visually-hidden">{t("report.owner")}: </span>
                        {point.owner || t("live.actions.noOwner")}
                      </span>{" "}
                      <span className={styles.due}>
                        {point.dueDate
                          ? t("report.summary.due", { date: formatDay(point.dueDate) })
                          : t("report.summary.noDue")}
                      </span>{" "}
                      <span className={`badge status-${point.status} ${styles.status}`}>
                        {t(`live.actions.${point.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
