"use client";

import { useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useServerNow } from "@/app/_hooks/use-countdown";
import { CollapsiblePanel } from "@/app/_live/collapsible-panel";
import { type BalanceScope, balanceSummary } from "@/lib/domain/balance";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import styles from "./balance-panel.module.css";

/** "Time since" moves on per minute; a refresh every 15 s keeps it within a quarter of one. */
const CLOCK_MS = 15_000;

/** The scope as chosen: the phase running now (it follows the session), the whole session, or one phase. */
type ScopeChoice = "current" | "session" | string;

/**
 * The participation balance, for the facilitator alone (the view has it for the lead only): who has
 * not said anything yet, as a gentle cue; posts and turns per person, per phase or for the whole
 * session; how long ago each person last contributed. Anonymous reactions are a number apart.
 */
export function BalancePanel({ view, offset }: { view: SessionView; offset: number }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<ScopeChoice>("current");
  const now = useServerNow(offset, CLOCK_MS);
  if (!view.balance) return null;
  const phase = viewPhase(view);
  const chosen = choice === "current" || choice === "session" ? null : view.phases.find((each) => each.id === choice);
  const scope: BalanceScope =
    choice === "session" ? "session" : chosen ? { phaseId: chosen.id } : phase ? { phaseId: phase.id } : "session";
  const people = view.participants.map((participant) => ({
    id: participant.id,
    name: participant.displayName,
    listening: phase?.rules.ownerSilent === true && participant.role === "case_owner",
  }));
  const summary = balanceSummary(view.balance, people, scope, now);
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(summary.notYetHeard);
  const ago = (minutes: number | null) => {
    if (minutes === null) return t("live.balance.never");
    if (minutes < 1) return t("live.balance.justNow");
    if (minutes < 60) return t("live.balance.minutesAgo", { minutes });
    return t("live.balance.hoursAgo", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  };
  return (
    <CollapsiblePanel name="balance" label={t("live.balance.title")} title={t("live.balance.title")} testId="balance">
      {summary.notYetHeard.length > 0 && (
        <p className={styles.cue} data-testid="balance-cue">
          {summary.notYetHeard.length === 1
            ? t("live.balance.notYetHeardOne", { name: names })
            : t("live.balance.notYetHeardMany", { names })}
        </p>
      )}
      {people.length === 0 ? (
        <p className="muted small">{t("live.balance.none")}</p>
      ) : (
        <>
          <div className={styles.scope}>
            <label htmlFor={`${id}-scope`}>{t("live.balance.scope")}</label>
            <select id={`${id}-scope`} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="current">{t("live.balance.currentPhase")}</option>
              <option value="session">{t("live.balance.wholeSession")}</option>
              {view.phases.map((each, index) => (
                <option key={each.id} value={each.id}>
                  {t("live.balance.phaseOption", { number: index + 1, title: each.title[locale] })}
                </option>
              ))}
            </select>
          </div>
          <table className={styles.table} data-testid="balance-table">
            <caption className="visually-hidden">{t("live.balance.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("live.balance.name")}</th>
                <th scope="col" className={styles.number}>
                  {t("live.balance.posts")}
                </th>
                <th scope="col" className={styles.number}>
                  {t("live.balance.turns")}
                </th>
                <th scope="col" className={styles.number}>
                  {t("live.balance.last")}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row) => (
                <tr key={row.participantId} className={row.silent ? styles.quiet : undefined}>
                  <th scope="row" className={styles.name}>
                    {row.name}
                  </th>
                  <td className={styles.number}>{row.posts}</td>
                  <td className={styles.number}>{row.turns}</td>
                  <td className={styles.number}>{ago(row.minutesAgo)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className={`muted small ${styles.note}`}>
        {summary.anonymousInSession > 0 && (
          <>
            <span data-testid="balance-anonymous">
              {t("live.balance.anonymousCount", { count: summary.anonymous, total: summary.anonymousInSession })}
            </span>{" "}
          </>
        )}
        {t("live.balance.anonymousNote")} {t("live.balance.onlyYou")}
      </p>
    </CollapsiblePanel>
  );
}
