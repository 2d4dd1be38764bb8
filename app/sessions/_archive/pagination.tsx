import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { type ArchiveQuery, archiveSearchParams } from "@/lib/schemas/archive-query";
import styles from "./archive.module.css";

/** Previous / next between pages of the same list, keeping the search and the filters. */
export function Pagination({ query, pages, t }: { query: ArchiveQuery; pages: number; t: Translate }) {
  if (pages <= 1 && query.page <= 1) return null;
  const href = (page: number) => {
    const params = archiveSearchParams(query, page).toString();
    return params ? `/sessions?${params}` : "/sessions";
  };
  return (
    <nav className={styles.pagination} aria-label={t("archive.pages")}>
      {query.page > 1 ? (
        <Link href={href(Math.min(query.page - 1, pages))} rel="prev" className="button button-secondary button-small">
          {t("archive.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("archive.page", { page: query.page, pages })}</span>
      {query.page < pages ? (
        <Link href={href(query.page + 1)} rel="next" className="button button-secondary button-small">
          {t("archive.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
