import type { Metadata } from "next";
import Link from "next/link";
import { ColumnChart } from "@/app/_components/charts/column-chart";
import { getTranslator } from "@/app/_lib/locale";
import insightsStyles from "@/app/sessions/[id]/report/insights.module.css";
import { monthAxis, monthName } from "@/lib/i18n/format";
import groupStyles from "../group.module.css";
import styles from "./insights-page.module.css";
import { groupInsightsFor } from "./load-insights";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const insights = await groupInsightsFor(params);
  const { t } = await getTranslator();
  return { title: `${t("insights.group.title")} · ${insights.name}` };
}

/** A group over time: sessions held, lessons used and action points made and closed, per month. */
export default async function GroupInsightsPage({ params }: Props) {
  const insights = await groupInsightsFor(params);
  const { locale, t } = await getTranslator();
  const { months, totals, earlier } = insights.timeline;
  const axis = monthAxis(
    locale,
    months.map((each) => each.month),
  );
  const items = (value: (month: (typeof months)[number]) => number) =>
    months
      .map((each) => t("insights.group.item", { month: monthName(locale, each.month), count: value(each) }))
      .join("; ");
  const stats = [
    { key: "sessions", label: t("insights.group.sessions"), value: totals.sessions },
    { key: "lessons", label: t("insights.group.lessons"), value: totals.lessons },
    { key: "opened", label: t("insights.group.opened"), value: totals.opened },
    { key: "closed", label: t("insights.group.closed"), value: totals.closed },
    { key: "open", label: t("insights.group.stillOpen"), value: totals.open },
  ];
  return (
    <div className={`container page ${styles.page}`}>
      <header className={`page-header ${groupStyles.header}`}>
        <div>
          <p className="eyebrow">{t("insights.group.title")}</p>
          <h1>{insights.name}</h1>
          <p className="lead">{t("insights.group.lead")}</p>
        </div>
        <div className="button-row">
          <Link href={`/groups/${insights.id}`} className="button button-secondary">
            {t("insights.group.back")}
          </Link>
        </div>
      </header>

      {months.length === 0 ? (
        <div className="card empty-state">
          <p>{t("insights.group.none")}</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="insights-totals">
            <h2 id="insights-totals" className="visually-hidden">
              {t("insights.group.totals")}
            </h2>
            <dl className={styles.stats}>
              {stats.map((stat) => (
                <div key={stat.key} className={styles.stat} data-testid={`stat-${stat.key}`}>
                  <dt>{stat.label}</dt>
                  <dd>{stat.value}</dd>
                </div>
              ))}
            </dl>
            {earlier && <p className="muted small">{t("insights.group.earlier", { count: months.length })}</p>}
          </section>

          <div className={styles.pair}>
            <section className={`card ${insightsStyles.part}`} aria-labelledby="insights-sessions">
              <h2 id="insights-sessions">{t("insights.group.sessionsTitle")}</h2>
              <ColumnChart
                testId="sessions-chart"
                width={440}
                height={250}
                label={t("insights.group.sessionsChart", { items: items((each) => each.sessions) })}
                categories={axis}
                series={[
                  { name: t("insights.group.sessions"), tone: "brand", values: months.map((each) => each.sessions) },
                ]}
              />
            </section>

            <section className={`card ${insightsStyles.part}`} aria-labelledby="insights-lessons">
              <h2 id="insights-lessons">{t("insights.group.lessonsTitle")}</h2>
              <p className="muted small">{t("insights.group.lessonsLead")}</p>
              <ColumnChart
                testId="lessons-chart"
                width={440}
                height={250}
                label={t("insights.group.lessonsChart", { items: items((each) => each.lessons) })}
                categories={axis}
                series={[
                  { name: t("insights.group.lessons"), tone: "brand", values: months.map((each) => each.lessons) },
                ]}
              />
            </section>
          </div>

          <section className={`card ${insightsStyles.part}`} aria-labelledby="insights-actions">
            <h2 id="insights-actions">{t("insights.group.actionsTitle")}</h2>
            <p className="muted small">{t("insights.group.actionsLead")}</p>
            <ColumnChart
              testId="actions-chart"
              label={t("insights.group.actionsChart", {
                items: months
                  .map((each) =>
                    t("insights.group.actionsItem", {
                      month: monthName(locale, each.month),
                      opened: each.opened,
                      closed: each.closed,
                    }),
                  )
                  .join("; "),
              })}
              categories={axis}
              series={[
                { name: t("insights.group.openedSeries"), tone: "accent", values: months.map((each) => each.opened) },
                { name: t("insights.group.closedSeries"), tone: "brand", values: months.map((each) => each.closed) },
              ]}
            />
          </section>
        </>
      )}
    </div>
  );
}
