import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { countOf } from "@/lib/i18n/format";
import { leftGroupSchema } from "@/lib/schemas/group-facilitators";
import { getDb } from "@/server/db/client";
import { listGroups } from "@/server/services/groups";
import styles from "./groups.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("groups.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The facilitator's intervision groups, own and shared, with their members and sessions counted;
 * after leaving a shared group (?left=1), a word that it is gone and where their sessions are.
 */
export default async function GroupsPage({ searchParams }: Props) {
  const user = await requireFacilitator("/groups");
  const { t } = await getTranslator();
  const groups = await listGroups(getDb(), user.id);
  const left = leftGroupSchema.parse((await searchParams).left);
  return (
    <div className="container page">
      <header className="page-header section-heading">
        <div>
          <h1>{t("groups.title")}</h1>
          <p className="lead">{t("groups.lead")}</p>
        </div>
        {groups.length > 0 && (
          <Link href="/groups/new" className="button">
            {t("groups.newAction")}
          </Link>
        )}
      </header>
      {left && (
        <p role="status" className={`notice notice-success ${styles.left}`}>
          {t("groupFacilitators.left")}
        </p>
      )}
      {groups.length === 0 ? (
        <div className="card empty-state">
          <h2>{t("groups.emptyTitle")}</h2>
          <p>{t("groups.emptyBody")}</p>
          <Link href="/groups/new" className="button">
            {t("groups.emptyAction")}
          </Link>
        </div>
      ) : (
        <ul className={styles.grid}>
          {groups.map((group) => (
            <li key={group.id} className={`card ${styles.groupCard}`} data-testid="group-card">
              <h2>
                <Link href={`/groups/${group.id}`}>{group.name}</Link>
              </h2>
              <p className="method-meta">
                {countOf(t, group.memberCount, "groups.memberCountOne", "groups.memberCount")} ·{" "}
                {countOf(t, group.sessionCount, "groups.sessionCountOne", "groups.sessionCount")}
                {!group.owned && (
                  <>
                    {" "}
                    · <span className="badge">{t("groups.shared")}</span>
                  </>
                )}
              </p>
              {group.description && <p className={styles.description}>{group.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
