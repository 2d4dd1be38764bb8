import Link from "next/link";
import { countOf, formatDate } from "@/lib/i18n/format";
import { type Locale, pick } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { ArchiveSession } from "@/server/services/archive";

/** Sessions in the archive: the report of each, and the cockpit of one the facilitator leads. */
export function SessionList({ sessions, locale, t }: { sessions: ArchiveSession[]; locale: Locale; t: Translate }) {
  return (
    <ul className="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="card session-item" data-testid="archive-session">
          <div>
            <h3>
              <Link href={`/sessions/${session.id}/report`}>{session.title}</Link>
            </h3>
            <p className="method-meta">
              {[
                session.group?.name,
                session.method ? pick(locale, session.method) : null,
                formatDate(locale, session.day),
                countOf(t, session.participants, "sessions.participantsCountOne", "sessions.participantsCount"),
                session.ledByMe ? null : t("archive.ledBy"),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
          <div className="session-item-side">
            <span className={`status status-${session.status}`}>{t(`sessions.status.${session.status}`)}</span>
            {session.ledByMe && session.status !== "ended" && (
              <Link href={`/sessions/${session.id}`} className="button button-secondary button-small">
                {t("archive.openCockpit")}
              </Link>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
