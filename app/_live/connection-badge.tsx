"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Connection } from "@/app/_hooks/use-live-session";
import styles from "./connection-badge.module.css";

/** Connected, connecting, or offline (with what that means for what you type). */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  return (
    <p
      className={`${styles.connection} ${connection === "connected" ? "" : styles[connection]}`}
      role="status"
      data-testid="connection"
    >
      <span className={styles.dot} aria-hidden="true" />
      {t(`live.connection.${connection}`)}
    </p>
  );
}
