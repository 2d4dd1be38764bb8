import Link from "next/link";
import { MarkedText } from "@/app/_components/marked-text";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { ArchiveHit } from "@/server/services/archive";
import styles from "./archive.module.css";

/** Where in the report a hit is: the reaction, case or action point itself, or the notes. */
export function hitAnchor(hit: Pick<ArchiveHit, "kind" | "id">): string {
  return hit.kind === "notes" ? "report-notes" : `${hit.kind}-${hit.id}`;
}

/** Search hits: the passage with the matching words marked, what it is, and a link into the report. */
export function HitList({ hits, locale, t }: { hits: ArchiveHit[]; locale: Locale; t: Translate }) {
  return (
    <ol className={styles.hitList}>
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className={`card ${styles.hit}`} data-testid="search-hit">
          <p className={styles.hitMeta}>
            <span className="badge">{t(`archive.hitKind.${hit.kind}`)}</span>{" "}
            <Link href={`/sessions/${hit.sessionId}/report#${hitAnchor(hit)}`}>
              {t("archive.inSession", { title: hit.sessionTitle, date: formatDate(locale, hit.day) })}
            </Link>
          </p>
          <p className={styles.hitSnippet}>
            <MarkedText text={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
