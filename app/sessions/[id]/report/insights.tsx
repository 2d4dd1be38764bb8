import { BarChart, type BarChartRow } from "@/app/_components/charts/bar-chart";
import { getTranslator } from "@/app/_lib/locale";
import { minuteLabel } from "@/lib/insights/phase-time";
import { getDb } from "@/server/db/client";
import { loadSessionInsights } from "@/server/services/insights";
import styles from "./insights.module.css";

/**
 * The report's insights as charts: who contributed what (anonymous reactions together, never under a
 * name) and the time per phase against the plan. The caller has checked that the viewer may read
 * the report.
 */
export async function ReportInsights({ sessionId }: { sessionId: string }) {
  const insights = await loadSessionInsights(getDb(), sessionId);
  if (!insights) return null;
  const { locale, t } = await getTranslator();
  const { participation, phases } = insights;

  const people: BarChartRow[] = participation.people.map((bar) => ({
    label: bar.name,
    segments: [
      { value: bar.reactions, tone: "brand" },
      { value: bar.cases, tone: "accent" },
    ],
    valueLabel: String(bar.total),
  }));
  if (participation.anonymous > 0) {
    people.push({
      label: t("insights.participation.anonymous"),
      segments: [{ value: participation.anonymous, tone: "muted" }],
      valueLabel: String(participation.anonymous),
      apart: true,
    });
  }
  const hasCases = participation.people.some((bar) => bar.cases > 0);
  const peopleSummary = [
    ...participation.people.map((bar) =>
      hasCases
        ? t("insights.participation.itemWithCases", { ...bar })
        : t("insights.participation.item", { name: bar.name, total: bar.total }),
    ),
    ...(participation.anonymous > 0
      ? [t("insights.participation.anonymousItem", { count: participation.anonymous })]
      : []),
  ].join("; ");

  const phaseRows: BarChartRow[] = phases.rows.map((row) => ({
    label: row.title[locale],
    band: row.plannedMs,
    segments: [{ value: row.spentMs, tone: row.over ? "accent" : "brand" }],
    valueLabel: t("insights.phases.value", { spent: minuteLabel(row.spentMs), planned: minuteLabel(row.plannedMs) }),
  }));
  const phaseSummary = phases.rows
    .map((row) =>
      t("insights.phases.item", {
        phase: row.title[locale],
        spent: minuteLabel(row.spentMs),
        planned: minuteLabel(row.plannedMs),
      }),
    )
    .join("; ");

  return (
    <section className={`card ${styles.insights}`} aria-labelledby="report-insights" data-testid="report-insights">
      <h2 id="report-insights">{t("insights.title")}</h2>
      <div className={styles.part}>
        <h3>{t("insights.participation.title")}</h3>
        <p className="muted small">{t("insights.participation.lead")}</p>
        {participation.total === 0 ? (
          <p className="muted">{t("insights.participation.none")}</p>
        ) : (
          <>
            <BarChart
              testId="participation-chart"
              label={t("insights.participation.chart", { items: peopleSummary })}
              rows={people}
              max={participation.max}
              legend={[
                { tone: "brand", label: t("insights.participation.reactions") },
                ...(hasCases ? [{ tone: "accent" as const, label: t("insights.participation.cases") }] : []),
                ...(participation.anonymous > 0
                  ? [{ tone: "muted" as const, label: t("insights.participation.anonymousLegend") }]
                  : []),
              ]}
            />
            <p className="small">
              {t("insights.participation.total", {
                total: participation.total,
                anonymous: participation.anonymous,
              })}
            </p>
          </>
        )}
      </div>
      <div className={styles.part}>
        <h3>{t("insights.phases.title")}</h3>
        {phases.started ? (
          <>
            <p className="muted small">{t("insights.phases.lead")}</p>
            <BarChart
              testId="phase-time-chart"
              label={t("insights.phases.chart", { items: phaseSummary })}
              rows={phaseRows}
              max={phases.maxMs}
              legend={[
                { tone: "band", label: t("insights.phases.planned") },
                { tone: "brand", label: t("insights.phases.spent") },
                ...(phases.rows.some((row) => row.over)
                  ? [{ tone: "accent" as const, label: t("insights.phases.over") }]
                  : []),
              ]}
            />
            <p className="small">
              {t("insights.phases.total", {
                spent: minuteLabel(phases.spentMs),
                planned: minuteLabel(phases.plannedMs),
              })}
            </p>
          </>
        ) : (
          <p className="muted">{t("insights.phases.notStarted")}</p>
        )}
      </div>
    </section>
  );
}
