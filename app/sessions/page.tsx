import type { Metadata } from "next";
import { z } from "zod";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { countOf } from "@/lib/i18n/format";
import { archiveSearchParams, parseArchiveQuery } from "@/lib/schemas/archive-query";
import { getDb } from "@/server/db/client";
import { archiveChoices, archiveSessions, searchArchive } from "@/server/services/archive";
import styles from "./_archive/archive.module.css";
import { ArchiveFilters } from "./_archive/filters";
import { HitList } from "./_archive/hit-list";
import { Pagination } from "./_archive/pagination";
import { SessionList } from "./_archive/session-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("archive.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The archive: every session the facilitator may look back on, filtered, paged, and searchable. */
export default async function ArchivePage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, ignored } = parseArchiveQuery(params);
  const search = archiveSearchParams(query).toString();
  const user = await requireFacilitator(search ? `/sessions?${search}` : "/sessions");
  const { locale, t } = await getTranslator();
  const db = getDb();
  const [choices, results] = await Promise.all([
    archiveChoices(db, user.id),
    query.q
      ? searchArchive(db, user.id, query).then((hits) => ({ kind: "hits" as const, ...hits }))
      : archiveSessions(db, user.id, query).then((sessions) => ({ kind: "sessions" as const, ...sessions })),
  ]);
  const filtered = Boolean(query.groupId || query.methodId || query.lessonId || query.from || query.to);
  // Set by the redirect after a session was deleted.
  const deleted = z.literal("1").safeParse(params.deleted).success;
  return (
    <div className="container page archive">
      <header className="page-header">
        <h1>{t("archive.title")}</h1>
        <p className="lead">{t("archive.lead")}</p>
      </header>
      {deleted && (
        <p className="notice notice-success" role="status">
          {t("privacy.sessionDeleted")}
        </p>
      )}
      <ArchiveFilters query={query} choices={choices} locale={locale} t={t} />
      {ignored.length > 0 && (
        <p className="alert alert-error" role="status">
          {t("archive.ignored", { fields: ignored.map((field) => t(`archive.fields.${field}`)).join(", ") })}
        </p>
      )}
      <section aria-labelledby="archive-results" className="archive-results">
        <h2 id="archive-results" className={styles.count}>
          {results.kind === "hits"
            ? results.total === 1
              ? t("archive.hitsCountOne", { q: query.q })
              : t("archive.hitsCount", { count: results.total, q: query.q })
            : countOf(t, results.total, "archive.sessionsCountOne", "archive.sessionsCount")}
        </h2>
        {results.kind === "hits" ? (
          results.total === 0 ? (
            <p className="card empty-state">{t("archive.noHits", { q: query.q })}</p>
          ) : (
            <HitList hits={results.items} locale={locale} t={t} />
          )
        ) : results.total === 0 ? (
          <p className="card empty-state">{t(filtered ? "archive.noSessions" : "archive.noSessionsYet")}</p>
        ) : (
          <SessionList sessions={results.items} locale={locale} t={t} />
        )}
        <Pagination query={query} pages={results.pages} t={t} />
      </section>
    </div>
  );
}
