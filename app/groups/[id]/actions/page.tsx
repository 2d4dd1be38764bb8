import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import {
  type ActionBucket,
  actionBuckets,
  actionOverview,
  type OwnerOption,
  ownerOptions,
} from "@/lib/domain/action-overview";
import { calendarDay } from "@/lib/domain/due-date";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { overviewSearchSchema } from "@/lib/schemas/action-overview";
import { ActionPointItem } from "./action-point-item";
import styles from "./actions.module.css";
import { loadActionsPage } from "./load-actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { group } = await loadActionsPage(params);
  const { t } = await getTranslator();
  return { title: t("groupActions.metaTitle", { group: group.name }) };
}

const sectionTitle: Record<ActionBucket, MessageKey> = {
  overdue: "groupActions.overdue",
  open: "groupActions.open",
  done: "groupActions.done",
};
const countTone: Record<ActionBucket, string | undefined> = {
  overdue: styles.countOverdue,
  open: styles.countOpen,
  done: styles.countDone,
};

const sectionEmpty: Record<ActionBucket, MessageKey> = {
  overdue: "groupActions.emptyOverdue",
  open: "groupActions.emptyOpen",
  done: "groupActions.emptyDone",
};

const optionLabel = (option: OwnerOption, t: Translate) =>
  t("groupActions.ownerOption", {
    name: option.key === "none" ? t("groupActions.nobody") : option.label,
    count: option.openCount,
  });

/**
 * A group's action points across all its sessions, in three sections (overdue, open, done; "today"
 * in Amsterdam time), filtered by owner, each marked done or open again from here.
 */
export default async function GroupActionsPage({ params, searchParams }: Props) {
  const { group, memberNames, points } = await loadActionsPage(params);
  const { locale, t } = await getTranslator();
  const search = overviewSearchSchema.parse(await searchParams);
  const today = calendarDay(new Date());
  const owners = ownerOptions(points, memberNames, today);
  const chosenOwner = owners.find((option) => option.key === search.owner) ?? null;
  const unknownOwner = search.owner !== undefined && chosenOwner === null;
  const overview = actionOverview(points, today, chosenOwner?.key ?? null);
  const changed = search.changed ? points.find((point) => point.id === search.changed) : undefined;
  const base = `/groups/${group.id}/actions`;

  return (
    <div className="container page">
      <header className="page-header">
        <p className="eyebrow">
          <Link href={`/groups/${group.id}`}>{t("groupActions.backToGroup", { group: group.name })}</Link>
        </p>
        <h1>
          {t("groupActions.title")} <span className={styles.groupName}>· {group.name}</span>
        </h1>
        <p className="lead">{t("groupActions.lead")}</p>
      </header>

      <div className={styles.messages}>
        <p role="status" className={changed ? "notice notice-success" : "visually-hidden"}>
          {changed
            ? t(changed.status === "open" ? "groupActions.reopened" : "groupActions.markedDone", { text: changed.text })
            : ""}
        </p>
        {search.refused && (
          <div role="alert" className="alert alert-error">
            <p>
              {t(search.refused === "not_found" ? "groupActions.refusedNotFound" : "groupActions.refusedBadRequest")}
            </p>
          </div>
        )}
        {unknownOwner && <p className="notice notice-warning">{t("groupActions.unknownOwner")}</p>}
      </div>

      {points.length === 0 ? (
        <div className="card empty-state">
          <p>{t("groupActions.noneYet")}</p>
        </div>
      ) : (
        <>
          <div className={styles.toolbar}>
            <form method="get" action={base} className={`card ${styles.filter}`} aria-labelledby="owner-filter-title">
              <h2 id="owner-filter-title" className="visually-hidden">
                {t("groupActions.filterTitle")}
              </h2>
              <div className="field">
                <label htmlFor="owner-filter">{t("groupActions.owner")}</label>
                <select id="owner-filter" name="owner" defaultValue={chosenOwner?.key ?? ""}>
                  <option value="">{t("groupActions.everyone")}</option>
                  {owners.map((option) => (
                    <option key={option.key} value={option.key}>
                      {optionLabel(option, t)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-secondary">
                {t("groupActions.apply")}
              </button>
              {chosenOwner && (
                <p className={styles.filterNote}>
                  {t("groupActions.showingOwner", {
                    name: chosenOwner.key === "none" ? t("groupActions.nobody") : chosenOwner.label,
                  })}{" "}
                  <Link href={base}>{t("groupActions.showAll")}</Link>
                </p>
              )}
            </form>
            <nav aria-label={t("groupActions.summary")} className={styles.summary}>
              <ul>
                {actionBuckets.map((bucket) => (
                  <li key={bucket}>
                    <a href={`#${bucket}`} className={`${styles.count} ${countTone[bucket]}`}>
                      <span className={styles.countNumber}>{overview[bucket].length}</span>
                      <span>{t(sectionTitle[bucket])}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>

          {actionBuckets.map((bucket) => (
            <section
              key={bucket}
              id={bucket}
              className={styles.section}
              aria-labelledby={`${bucket}-title`}
              data-testid={`overview-${bucket}`}
            >
              <h2 id={`${bucket}-title`}>
                {t(sectionTitle[bucket])} <span className="badge">{overview[bucket].length}</span>
              </h2>
              {overview[bucket].length === 0 ? (
                <p className="muted">{t(sectionEmpty[bucket])}</p>
              ) : (
                <ul className={styles.list} aria-labelledby={`${bucket}-title`}>
                  {overview[bucket].map((point) => (
                    <ActionPointItem
                      key={point.id}
                      point={point}
                      bucket={bucket}
                      groupId={group.id}
                      owner={chosenOwner?.key ?? null}
                      today={today}
                      changed={point.id === changed?.id}
                      locale={locale}
                      t={t}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
