import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import groupStyles from "@/app/groups/groups.module.css";
import { formatJoinCode } from "@/lib/domain/join-code";
import { countOf, formatDate } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import { getDb } from "@/server/db/client";
import { listGroups } from "@/server/services/groups";
import { listMethods } from "@/server/services/methods";
import { listSessions } from "@/server/services/sessions";
import styles from "./dashboard.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("common.dashboard") };
}

/** How many of the latest sessions the dashboard shows; the archive has them all. */
const SESSIONS_SHOWN = 8;
/** How many groups the dashboard shows before "All groups". */
const GROUPS_SHOWN = 6;

export default async function DashboardPage() {
  const user = await requireFacilitator("/dashboard");
  const { locale, t } = await getTranslator();
  const [methods, sessions, groups] = await Promise.all([
    listMethods(getDb(), user.id),
    listSessions(getDb(), user.id, SESSIONS_SHOWN),
    listGroups(getDb(), user.id),
  ]);
  return (
    <div className="container page">
      <header className="page-header">
        <h1>{t("dashboard.title", { name: user.name })}</h1>
        <p className="lead">{t("dashboard.lead")}</p>
      </header>

      <section aria-labelledby="sessions-title">
        <div className="section-heading">
          <h2 id="sessions-title">{t("dashboard.sessionsTitle")}</h2>
          <div className="button-row">
            <Link href="/sessions" className="button button-secondary">
              {t("archive.open")}
            </Link>
            <Link href="/sessions/new" className="button">
              {t("sessions.newAction")}
            </Link>
          </div>
        </div>
        {sessions.length === 0 ? (
          <div className="card empty-state">
            <h3>{t("dashboard.emptyTitle")}</h3>
            <p>{t("dashboard.emptyBody")}</p>
            <div className="button-row">
              <Link href="/sessions/new" className="button">
                {t("dashboard.emptyAction")}
              </Link>
              <Link href="/decks" className="button button-secondary">
                {t("dashboard.emptyBrowse")}
              </Link>
            </div>
          </div>
        ) : (
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id} className="card session-item" data-testid="session-item">
                <div>
                  <h3>
                    <Link href={`/sessions/${session.id}`}>{session.title}</Link>
                  </h3>
                  <p className="method-meta">
                    {session.group && (
                      <>
                        {t("sessions.group")}: <Link href={`/groups/${session.group.id}`}>{session.group.name}</Link> ·{" "}
                      </>
                    )}
                    {[
                      session.method ? pick(locale, { nl: session.method.nameNl, en: session.method.nameEn }) : null,
                      formatDate(locale, session.createdAt),
                      countOf(
                        t,
                        session._count.participants,
                        "sessions.participantsCountOne",
                        "sessions.participantsCount",
                      ),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                <div className="session-item-side">
                  <span className={`status status-${session.status}`}>{t(`sessions.status.${session.status}`)}</span>
                  {session.status !== "ended" && (
                    <code className={styles.joinCode}>{formatJoinCode(session.joinCode)}</code>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="groups-title">
        <div className="section-heading">
          <h2 id="groups-title">{t("dashboard.groupsTitle")}</h2>
          {groups.length > 0 && (
            <div className="button-row">
              <Link href="/groups" className="button button-secondary">
                {t("dashboard.groupsAll")}
              </Link>
              <Link href="/groups/new" className="button button-secondary">
                {t("groups.newAction")}
              </Link>
            </div>
          )}
        </div>
        {groups.length === 0 ? (
          <div className="card empty-state">
            <h3>{t("dashboard.groupsEmptyTitle")}</h3>
            <p>{t("dashboard.groupsEmptyBody")}</p>
            <Link href="/groups/new" className="button button-secondary">
              {t("dashboard.groupsEmptyAction")}
            </Link>
          </div>
        ) : (
          <ul className={groupStyles.grid}>
            {groups.slice(0, GROUPS_SHOWN).map((group) => (
              <li key={group.id} className={`card ${groupStyles.groupCard}`} data-testid="group-card">
                <h3>
                  <Link href={`/groups/${group.id}`}>{group.name}</Link>
                </h3>
                <p className="method-meta">
                  {countOf(t, group.memberCount, "groups.memberCountOne", "groups.memberCount")} ·{" "}
                  {countOf(t, group.sessionCount, "groups.sessionCountOne", "groups.sessionCount")}
                </p>
                <Link
                  href={`/sessions/new?group=${group.id}`}
                  className="button button-secondary button-small"
                  aria-label={t("dashboard.groupNewSession", { group: group.name })}
                >
                  {t("sessions.newAction")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="methods-title">
        <h2 id="methods-title">{t("dashboard.methodsTitle")}</h2>
        <p className="muted">{t("dashboard.methodsLead")}</p>
        <div className="grid grid-3">
          {methods.map((method) => {
            const minutes = Math.round(method.phases.reduce((sum, phase) => sum + phase.durationSeconds, 0) / 60);
            return (
              <article key={method.id} className={`card ${styles.methodCard}`}>
                <h3>{pick(locale, { nl: method.nameNl, en: method.nameEn })}</h3>
                <p className="method-meta">
                  {t("dashboard.phaseCount", { count: method.phases.length })} ·{" "}
                  {t("dashboard.totalDuration", { minutes })}
                </p>
                <p>{pick(locale, { nl: method.summaryNl, en: method.summaryEn })}</p>
                <ol className={styles.phaseList}>
                  {method.phases.map((phase) => (
                    <li key={phase.id}>{pick(locale, { nl: phase.titleNl, en: phase.titleEn })}</li>
                  ))}
                </ol>
              </article>
            );
          })}
        </div>
      </section>
    </div>
  );
}
