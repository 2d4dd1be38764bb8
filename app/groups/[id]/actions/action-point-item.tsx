import Link from "next/link";
import { setActionStatusAction } from "@/app/_actions/group-actions";
import { type ActionBucket, daysLate, type OverviewPoint, type OwnerKey } from "@/lib/domain/action-overview";
import { formatDate, formatDay } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import styles from "./actions.module.css";

interface Props {
  point: OverviewPoint;
  bucket: ActionBucket;
  groupId: string;
  /** The owner filter in use, kept after marking. */
  owner: OwnerKey | null;
  today: string;
  /** The point just changed: highlighted. */
  changed: boolean;
  locale: Locale;
  t: Translate;
}

/**
 * One action point on the group's overview: what, who, by when, from which session (and reaction
 * or case, linking to that spot in the report), and a button that marks it done or open again.
 */
// The links to a spot in the report are plain links: a full page load makes the spot the page's
// :target, which the report highlights (a client-side navigation would only scroll to it).
export function ActionPointItem({ point, bucket, groupId, owner, today, changed, locale, t }: Props) {
  const report = `/sessions/${point.session.id}/report`;
  const late = bucket === "overdue" && point.dueDate ? daysLate(point.dueDate, today) : 0;
  const reopen = bucket === "done";
  return (
    <li
      id={`point-${point.id}`}
      className={`card ${styles.point} ${styles[bucket]}${changed ? ` ${styles.changed}` : ""}`}
      data-testid="overview-point"
    >
      <div className={styles.pointBody}>
        <p className={styles.pointText}>{point.text}</p>
        <ul className={styles.facts}>
          <li>
            {point.ownerName
              ? t("groupActions.ownerIs", { name: point.ownerName })
              : `${t("groupActions.owner")}: ${t("groupActions.nobody")}`}
          </li>
          <li>
            {point.dueDate
              ? t("groupActions.dueOn", { date: formatDay(locale, point.dueDate) })
              : t("groupActions.noDueDate")}
            {late > 0 && (
              <span className="badge badge-warning">
                {late === 1 ? t("groupActions.lateOne") : t("groupActions.late", { count: late })}
              </span>
            )}
          </li>
          {reopen && point.closedAt !== null && (
            <li>
              {t("groupActions.closedOn", { date: formatDate(locale, new Date(point.closedAt)) })}
              {point.status === "dropped" && <span className="badge status-dropped">{t("groupActions.dropped")}</span>}
            </li>
          )}
        </ul>
        <p className={styles.source}>
          <span className="muted">{t("groupActions.sessionLabel")}: </span>
          <Link href={report}>
            {t("groupActions.sessionLink", {
              title: point.session.title,
              date: formatDate(locale, new Date(point.session.date)),
            })}
          </Link>
        </p>
        {point.sourceCase && (
          <p className={styles.source}>
            <span className="muted">{t("groupActions.fromCase")}: </span>
            <a href={`${report}#case-${point.sourceCase.id}`}>{point.sourceCase.title}</a>
          </p>
        )}
        {point.sourceReaction && (
          <p className={styles.source}>
            <span className="muted">{t("groupActions.fromReaction")}: </span>
            <a href={`${report}#reaction-${point.sourceReaction.id}`}>“{point.sourceReaction.text}”</a>
          </p>
        )}
      </div>
      <form action={setActionStatusAction} className={styles.pointAction}>
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="actionPointId" value={point.id} />
        <input type="hidden" name="status" value={reopen ? "open" : "done"} />
        {owner && <input type="hidden" name="owner" value={owner} />}
        <button
          type="submit"
          className={reopen ? "button button-secondary button-small" : "button button-small"}
          aria-label={t(reopen ? "groupActions.reopenLabel" : "groupActions.markDoneLabel", { text: point.text })}
        >
          {t(reopen ? "groupActions.reopen" : "groupActions.markDone")}
        </button>
      </form>
    </li>
  );
}
