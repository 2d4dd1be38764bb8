"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import styles from "./error-toasts.module.css";

/** Refusals from the server, translated, until dismissed. */
export function ErrorToasts({ messages, onDismiss }: { messages: string[]; onDismiss: (index: number) => void }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <div className={styles.toasts} role="alert">
      {messages.map((message, index) => (
        // Messages can repeat; their place in the list is what identifies them.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={index} className={`alert alert-error ${styles.toast}`}>
          <p>{message}</p>
          <button type="button" className="button button-quiet button-small" onClick={() => onDismiss(index)}>
            {t("live.dismiss")}
          </button>
        </div>
      ))}
    </div>
  );
}
