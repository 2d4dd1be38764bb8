"use client";

import { useActionState, useState } from "react";
import { createShareLinkAction, revokeShareLinkAction, type ShareState } from "@/app/_actions/report";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";
import { formatDate } from "@/lib/i18n/format";
import { SHARE_VALIDITY_DAYS } from "@/lib/limits";
import styles from "./report-panels.module.css";

export interface ShareLinkRow {
  id: string;
  createdAt: number;
  expiresAt: number | null;
  state: "active" | "revoked" | "expired";
}

/**
 * Share links of the report: make one (shown once), see which exist, revoke them. While the session
 * is `live`, it warns that a link lets its holder follow along.
 */
export function SharePanel({ sessionId, links, live }: { sessionId: string; links: ShareLinkRow[]; live: boolean }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<ShareState, FormData>(createShareLinkAction, emptyFormState);
  return (
    <section className={`card ${styles.reportShare}`} aria-labelledby="share-title">
      <h2 id="share-title">{t("share.title")}</h2>
      <p className="muted">{t("share.lead")}</p>
      {live && <p className="notice notice-warning">{t("share.liveNote")}</p>}
      <form action={action} className={styles.form}>
        <FormAlert error={state.formError} />
        <input type="hidden" name="sessionId" value={sessionId} />
        <div className="field">
          <label htmlFor="share-validity">{t("share.validFor")}</label>
          <select id="share-validity" name="validity" defaultValue="30">
            {SHARE_VALIDITY_DAYS.map((days) => (
              <option key={days} value={String(days)}>
                {t("share.days", { count: days })}
              </option>
            ))}
            <option value="forever">{t("share.forever")}</option>
          </select>
          {state.fieldErrors.validity && <p className="field-error">{t(state.fieldErrors.validity)}</p>}
        </div>
        <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
          {t("share.create")}
        </button>
      </form>
      {state.url && <NewLink url={state.url} />}
      <h3>{t("share.links")}</h3>
      {links.length === 0 ? (
        <p className="muted">{t("share.noLinks")}</p>
      ) : (
        <ul className={styles.links}>
          {links.map((link) => (
            <ShareLinkItem key={link.id} sessionId={sessionId} link={link} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NewLink({ url }: { url: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.new} data-testid="new-share-link">
      <p role="status">{t("share.created")}</p>
      <div className={styles.newRow}>
        <label htmlFor="share-url" className="visually-hidden">
          {t("share.link")}
        </label>
        <input id="share-url" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        >
          {copied ? t("share.copied") : t("share.copy")}
        </button>
      </div>
    </div>
  );
}

function ShareLinkItem({ sessionId, link }: { sessionId: string; link: ShareLinkRow }) {
  const { locale, t } = useI18n();
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(revokeShareLinkAction, emptyFormState);
  const badge = { active: "badge-success", revoked: "", expired: "badge-warning" }[link.state];
  return (
    <li className={styles.link} data-testid="share-link">
      <div>
        <span className={`badge ${badge}`}>{t(`share.${link.state}`)}</span>{" "}
        {t("share.madeOn", { date: formatDate(locale, new Date(link.createdAt)) })} ·{" "}
        {link.expiresAt
          ? t("share.expiresOn", { date: formatDate(locale, new Date(link.expiresAt)) })
          : t("share.noExpiry")}
        <FormAlert error={state.formError} />
      </div>
      {link.state === "active" && (
        <form action={action}>
          <input type="hidden" name="sessionId" value={sessionId} />
          <input type="hidden" name="linkId" value={link.id} />
          <button type="submit" className="button button-secondary button-small" disabled={pending || !hydrated}>
            {t("share.revoke")}
          </button>
        </form>
      )}
      <FormNotice notice={state.notice} />
    </li>
  );
}
