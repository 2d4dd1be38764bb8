import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { groupProposalList } from "@/server/services/case-proposals";
import styles from "./case-list.module.css";

type Proposals = Awaited<ReturnType<typeof groupProposalList>>;

/**
 * The group's list of cases: brought in for a session that has not ended, or carried over from one
 * that did (not chosen, or their author was not there). The next session's lobby shows them again.
 */
export function CaseListCard({ proposals, t }: { proposals: Proposals; t: Translate }) {
  return (
    <section className={`card ${styles.card}`} aria-labelledby="case-list-title" data-testid="group-case-list">
      <h2 id="case-list-title">
        {t("proposals.group.title")} <span className="badge">{proposals.length}</span>
      </h2>
      <p className="muted small">{t("proposals.group.lead")}</p>
      {proposals.length === 0 ? (
        <p className="muted">{t("proposals.group.none")}</p>
      ) : (
        <ul className={styles.list}>
          {proposals.map((proposal) => (
            <li key={proposal.id} className={styles.item}>
              <div className={styles.head}>
                <strong className={styles.title}>{proposal.title}</strong>
                <span className={`badge ${proposal.status === "carried_over" ? "badge-accent" : ""}`}>
                  {proposal.status === "carried_over" ? t("proposals.statusCarriedOver") : t("proposals.statusOpen")}
                </span>
              </div>
              <p className={styles.meta}>
                {t("proposals.by", { name: proposal.proposerName })} ·{" "}
                <Link href={`/sessions/${proposal.session.id}/report`}>
                  {proposal.status === "carried_over"
                    ? t("proposals.group.carriedFrom", { title: proposal.session.title })
                    : t("proposals.group.forSession", { title: proposal.session.title })}
                </Link>
              </p>
              <p className={styles.question}>{proposal.question}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
