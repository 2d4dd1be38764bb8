"use client";

import Link from "next/link";
import { useI18n } from "@/app/_components/i18n-provider";
import type { SessionView } from "@/lib/domain/session-view";
import styles from "./lobby-checklist.module.css";

/**
 * Before the start: what is ready and what is still to do, so that a facilitator can begin with
 * confidence. Who joined has accepted the agreements (joining requires it); the projector counts
 * as set up while its screen is connected.
 */
export function LobbyChecklist({ view, sessionId }: { view: SessionView; sessionId: string }) {
  const { t } = useI18n();
  const joined = view.participants.length;
  const online = view.participants.filter((participant) => participant.online).length;
  const expected = view.members.length;
  const items = [
    {
      key: "projector",
      done: view.projectorOnline,
      text: t(view.projectorOnline ? "live.lobby.projectorOnline" : "live.lobby.projector"),
      action: view.projectorOnline ? null : (
        <Link
          href={`/sessions/${sessionId}/projector`}
          target="_blank"
          className="button button-secondary button-small"
        >
          {t("live.openProjector")}
        </Link>
      ),
    },
    {
      key: "code",
      done: !view.session.joinLocked,
      text: t(view.session.joinLocked ? "live.lobby.codeClosed" : "live.lobby.codeOpen"),
    },
    {
      key: "joined",
      done: joined > 0,
      text:
        expected > 0
          ? t("live.lobby.joinedOfGroup", { online, joined, expected })
          : t("live.lobby.joined", { online, joined }),
    },
    {
      key: "agreements",
      done: joined > 0,
      text: t("live.lobby.agreements", { count: joined }),
    },
  ];
  return (
    <ul className={styles.list} aria-label={t("live.lobby.checklist")} data-testid="lobby-checklist">
      {items.map((item) => (
        <li key={item.key} className={styles.item} data-done={String(item.done)}>
          <span className={styles.mark} aria-hidden="true">
            {item.done ? "✓" : "○"}
          </span>
          <span>{item.text}</span>
          {item.action}
        </li>
      ))}
    </ul>
  );
}
