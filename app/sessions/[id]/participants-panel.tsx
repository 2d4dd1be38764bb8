"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { CollapsiblePanel } from "@/app/_live/collapsible-panel";
import { ReactedCount } from "@/app/_live/reacted-count";
import { assignableRoles } from "@/lib/domain/intervision";
import type { SessionView } from "@/lib/domain/session-view";
import styles from "./participants-panel.module.css";

/** Who is here, who dropped out, who has reacted in this round (never what), and removing someone. */
export function ParticipantsPanel({ view, act }: { view: SessionView; act: Act }) {
  const { t } = useI18n();
  const online = view.participants.filter((participant) => participant.online).length;
  return (
    <CollapsiblePanel
      name="participants"
      className={styles.participants}
      label={t("live.participants.title")}
      title={
        <>
          {t("live.participants.title")}{" "}
          <span className="badge" data-testid="presence-count">
            {t("live.participants.count", { online, total: view.participants.length })}
          </span>
        </>
      }
    >
      <ReactedCount view={view} />
      {view.participants.length === 0 ? (
        <p className="muted">{t("live.participants.none")}</p>
      ) : (
        <ul className={styles.list}>
          {view.participants.map((participant) => (
            <li key={participant.id} className={styles.row} data-testid="participant">
              <span
                className={`${styles.presence} ${participant.online ? styles.online : styles.offline}`}
                aria-hidden="true"
              />
              <span className={styles.name}>{participant.displayName}</span>
              {participant.groupMemberId && (
                <span className="badge" data-testid="member-badge">
                  {t("live.participants.member")}
                </span>
              )}
              <span className="visually-hidden">
                {participant.online ? t("live.participants.online") : t("live.participants.offline")}
              </span>
              {!participant.online && <span className="muted small">{t("live.participants.offline")}</span>}
              {participant.submitted && (
                <span className={styles.submitted} data-testid="submitted" title={t("live.participants.submitted")}>
                  ✓<span className="visually-hidden">{t("live.participants.submitted")}</span>
                </span>
              )}
              <span className={styles.controls}>
                <select
                  className={styles.roleSelect}
                  aria-label={t("live.roles.label", { name: participant.displayName })}
                  value={participant.role}
                  onChange={(event) =>
                    act("role:assign", {
                      participantId: participant.id,
                      role: event.target.value as (typeof assignableRoles)[number],
                    })
                  }
                >
                  {assignableRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`live.roles.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className={`button button-quiet button-small ${styles.remove}`}
                  title={`${t("live.participants.remove")} ${participant.displayName}`}
                  onClick={() => {
                    if (window.confirm(t("live.participants.confirmRemove", { name: participant.displayName }))) {
                      act("participant:remove", { participantId: participant.id });
                    }
                  }}
                >
                  <span aria-hidden="true">✕</span>
                  <span className="visually-hidden">
                    {t("live.participants.remove")} {participant.displayName}
                  </span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </CollapsiblePanel>
  );
}
