import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { countOf, formatDate } from "@/lib/i18n/format";
import { pick } from "@/lib/i18n/locales";
import { facilitatorOutcomeSchema } from "@/lib/schemas/group-facilitators";
import { getDb } from "@/server/db/client";
import { groupProposalList } from "@/server/services/case-proposals";
import { listGroupFacilitators } from "@/server/services/group-facilitators";
import { loadGroupRotation } from "@/server/services/rotation";
import groupsStyles from "../groups.module.css";
import { loadGroupPage } from "../load-group";
import { CaseListCard } from "./case-list";
import { FacilitatorsCard } from "./facilitators";
import styles from "./group.module.css";
import { AddMemberForm, FormerMemberRow, MemberRow } from "./members";
import { RotationCard } from "./rotation";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { group } = await loadGroupPage(params, (id) => `/groups/${id}`);
  return { title: group.name };
}

/**
 * One intervision group: its members (add, edit, "has left"), the facilitators who share it, who
 * could take the case and the notes next, and its sessions, newest first.
 */
export default async function GroupPage({ params, searchParams }: Props) {
  const { user, group } = await loadGroupPage(params, (id) => `/groups/${id}`);
  const { locale, t } = await getTranslator();
  const facilitators = await listGroupFacilitators(getDb(), user.id, group.id);
  const rotation = await loadGroupRotation(getDb(), user.id, group.id);
  // The group's access was checked by loadGroupPage (getGroup): its list of cases is theirs to see.
  const proposals = await groupProposalList(getDb(), group.id);
  const outcome = facilitatorOutcomeSchema.parse((await searchParams).facilitators);
  return (
    <div className="container page">
      <header className={`page-header ${styles.header}`}>
        <div>
          <p className="eyebrow">
            {t("groups.eyebrow")}
            {!group.owned && <span className={`badge ${styles.shared}`}>{t("groups.shared")}</span>}
          </p>
          <h1>{group.name}</h1>
          {group.description && <p className={`lead ${groupsStyles.description}`}>{group.description}</p>}
          {group.retentionDays !== null && (
            <p className="muted small">
              {countOf(t, group.retentionDays, "groups.retentionNoteOne", "groups.retentionNote")}
            </p>
          )}
        </div>
        <div className="button-row">
          <Link href={`/sessions/new?group=${group.id}`} className="button">
            {t("groups.sessions.newForGroup")}
          </Link>
          <Link href={`/groups/${group.id}/actions`} className="button button-secondary">
            {t("groupActions.openOverview")}
          </Link>
          <Link href={`/groups/${group.id}/edit`} className="button button-secondary">
            {t("groups.editAction")}
          </Link>
          <Link href={`/groups/${group.id}/insights`} className="button button-secondary">
            {t("insights.group.open")}
          </Link>
        </div>
      </header>

      <div className={styles.layout}>
        <div className={styles.side}>
          <section className={`card ${styles.members}`} aria-labelledby="members-title">
            <h2 id="members-title">
              {t("groups.members.title")} <span className="badge">{group.members.length}</span>
            </h2>
            {group.members.length === 0 ? (
              <p className="muted">{t("groups.members.none")}</p>
            ) : (
              <ul className={styles.memberList} aria-labelledby="members-title">
                {group.members.map((member) => (
                  <MemberRow
                    key={member.id}
                    groupId={group.id}
                    member={{ id: member.id, name: member.name, email: member.email ?? "" }}
                  />
                ))}
              </ul>
            )}
            <div className={styles.memberAdd}>
              <h3 id="add-member-title">{t("groups.members.addTitle")}</h3>
              <AddMemberForm groupId={group.id} />
            </div>
            {group.formerMembers.length > 0 && (
              <div className={styles.memberFormer}>
                <h3 id="former-title">{t("groups.members.formerTitle")}</h3>
                <p className="muted small">{t("groups.members.formerLead")}</p>
                <ul className={styles.memberList} aria-labelledby="former-title">
                  {group.formerMembers.map((member) => (
                    <FormerMemberRow
                      key={member.id}
                      groupId={group.id}
                      member={{ id: member.id, name: member.name }}
                      leftOn={member.leftAt ? formatDate(locale, member.leftAt) : ""}
                    />
                  ))}
                </ul>
              </div>
            )}
          </section>
          <FacilitatorsCard groupId={group.id} viewerId={user.id} facilitators={facilitators} outcome={outcome} t={t} />
        </div>

        <div className={styles.side}>
          <CaseListCard proposals={proposals} t={t} />
          {rotation && <RotationCard rotation={rotation} locale={locale} t={t} />}
          <section aria-labelledby="group-sessions-title">
            <h2 id="group-sessions-title">{t("groups.sessions.title")}</h2>
            {group.sessions.length === 0 ? (
              <div className="card empty-state">
                <p>{t("groups.sessions.none")}</p>
              </div>
            ) : (
              <ul className="session-list">
                {group.sessions.map((session) => (
                  <li key={session.id} className="card session-item" data-testid="group-session">
                    <div>
                      <h3>
                        {session.ledByMe ? (
                          <Link href={`/sessions/${session.id}`}>{session.title}</Link>
                        ) : (
                          session.title
                        )}
                      </h3>
                      <p className="method-meta">
                        {[
                          formatDate(locale, session.createdAt),
                          session.method
                            ? pick(locale, { nl: session.method.nameNl, en: session.method.nameEn })
                            : null,
                          countOf(
                            t,
                            session.participantCount,
                            "sessions.participantsCountOne",
                            "sessions.participantsCount",
                          ),
                          session.ledByMe ? null : t("groups.sessions.ledBy", { name: session.facilitatorName }),
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                    <div className="session-item-side">
                      <span className={`status status-${session.status}`}>
                        {t(`sessions.status.${session.status}`)}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
