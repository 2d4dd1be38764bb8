"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { ProposalRecord } from "@/lib/domain/case-proposals";
import type { Emit } from "@/lib/realtime/live-client";
import type { LessonSuggestion } from "@/lib/suggest/suggestion";
import styles from "./case-proposals-panel.module.css";
import { SuggestionList } from "./lesson-suggestions";

/** Lessons per proposal, for the version of it they were asked for (its updatedAt). */
type Known = Record<string, { updatedAt: number; suggestions: LessonSuggestion[] }>;

/**
 * The cases brought in before the session, in the lobby of the lead's cockpit (the live view carries
 * them to the lead alone): who brought each in, its description and question, and the three lessons
 * of the session's deck that fit it, asked for again whenever a case is added, edited or withdrawn.
 * With the link to share, and the way to the group's calendar invitation that carries it.
 */
export function CaseProposalsPanel({
  proposals,
  bringInUrl,
  invitationUrl,
  withLessons,
  connected,
  emit,
}: {
  proposals: ProposalRecord[];
  bringInUrl: string;
  /** The invitation page: a date for the session, and its calendar file. */
  invitationUrl: string;
  /** The session has a deck to suggest lessons from. */
  withLessons: boolean;
  connected: boolean;
  emit: Emit;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const [known, setKnown] = useState<Known>({});
  const [error, setError] = useState<string | null>(null);
  // Only the cases that are new or changed since their lessons were asked for (each costs a search).
  const wanted = proposals
    .filter((each) => known[each.id]?.updatedAt !== each.updatedAt)
    .map((each) => `${each.id}:${each.updatedAt}`)
    .join(",");
  const offline = t("live.connection.offline");
  useEffect(() => {
    if (!withLessons || !connected || wanted === "") return;
    let current = true;
    const asked = wanted.split(",").map((entry) => {
      const [id = "", updatedAt = "0"] = entry.split(":");
      return { id, updatedAt: Number(updatedAt) };
    });
    void emit("proposal:suggest", { proposalIds: asked.map((each) => each.id) }).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.message || offline);
        return;
      }
      setError(null);
      setKnown((before) => {
        const next = { ...before };
        for (const each of asked)
          next[each.id] = { updatedAt: each.updatedAt, suggestions: result.data[each.id] ?? [] };
        return next;
      });
    });
    return () => {
      current = false;
    };
  }, [withLessons, connected, wanted, emit, offline]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(bringInUrl);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (an http page on another host): the link is there to select by hand.
    }
  };
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="proposals-lobby-title" data-testid="case-proposals">
      <div className={styles.head}>
        <h2 id="proposals-lobby-title">
          {t("proposals.lobby.title")} <span className="badge">{proposals.length}</span>
        </h2>
        <Link className="button button-secondary button-small" href={invitationUrl}>
          {t("invitation.open")}
        </Link>
      </div>
      <div className={styles.share}>
        <p className={styles.shareLabel} id="bring-in-link-label">
          {t("proposals.lobby.shareLink")}
        </p>
        <div className={styles.shareRow}>
          <a
            href={bringInUrl}
            className={styles.link}
            aria-describedby="bring-in-link-label"
            data-testid="bring-in-url"
          >
            {bringInUrl}
          </a>
          <button type="button" className="button button-quiet button-small" onClick={copy}>
            {copied ? t("proposals.lobby.copied") : t("proposals.lobby.copy")}
          </button>
        </div>
        <p className="muted small">{t("invitation.openHint")}</p>
      </div>
      {proposals.length === 0 ? (
        <p className="muted">{t("proposals.lobby.none")}</p>
      ) : (
        <ol className={styles.list}>
          {proposals.map((proposal) => (
            <li key={proposal.id} className={styles.item} data-testid="case-proposal">
              <div className={styles.itemHead}>
                <h3 className={styles.title}>{proposal.title}</h3>
                {proposal.fromEarlier && <span className="badge badge-accent">{t("proposals.lobby.fromEarlier")}</span>}
              </div>
              <p className={styles.by}>{t("proposals.by", { name: proposal.proposerName })}</p>
              {proposal.description && <p className={styles.description}>{proposal.description}</p>}
              <p className={styles.question}>
                <span className={styles.questionLabel}>{t("proposals.lobby.question")}</span> {proposal.question}
              </p>
              {withLessons && (
                <div className={styles.lessons} data-testid="proposal-suggestions">
                  <h4 className={styles.lessonsTitle}>{t("proposals.lobby.suggestions")}</h4>
                  <ProposalLessons entry={known[proposal.id]} updatedAt={proposal.updatedAt} error={error} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * In the pitches: the cases brought in whose author is not here, so the lead knows they wait (they
 * are pitched the moment their author joins, and otherwise stay on the group's list).
 */
export function WaitingProposals({ proposals }: { proposals: ProposalRecord[] }) {
  const { t } = useI18n();
  const waiting = proposals.filter((each) => each.caseId === null);
  if (waiting.length === 0) return null;
  return (
    <section className={`card ${styles.waiting}`} aria-labelledby="proposals-waiting-title">
      <h2 id="proposals-waiting-title" className={styles.waitingTitle}>
        {t("proposals.lobby.waitingTitle")}
      </h2>
      <ul className={styles.waitingList}>
        {waiting.map((proposal) => (
          <li key={proposal.id}>
            <strong>{proposal.title}</strong> — {t("proposals.lobby.waiting", { name: proposal.proposerName })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The lessons asked for one case brought in: loading (or the refusal) until they are there for its latest text. */
function ProposalLessons({
  entry,
  updatedAt,
  error,
}: {
  entry: Known[string] | undefined;
  updatedAt: number;
  error: string | null;
}) {
  const { t } = useI18n();
  if (!entry || entry.updatedAt !== updatedAt) {
    return error ? (
      <p className="form-error small" role="alert">
        {error}
      </p>
    ) : (
      <p className="muted small" role="status">
        {t("live.suggest.loading")}
      </p>
    );
  }
  if (entry.suggestions.length === 0) return <p className="muted small">{t("live.suggest.none")}</p>;
  return <SuggestionList suggestions={entry.suggestions} compact />;
}
