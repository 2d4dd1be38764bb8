"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { COCKPIT_SHORTCUTS } from "@/lib/realtime/cockpit-shortcuts";
import styles from "./shortcuts-help.module.css";

/** The list of the cockpit's keyboard shortcuts, in a modal dialog (opened with `?` or its button). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className={styles.help} aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t("live.shortcuts.title")}</h2>
      <p className="muted small">{t("live.shortcuts.intro")}</p>
      <dl className={styles.list}>
        {COCKPIT_SHORTCUTS.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`live.shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button button-secondary">
          {t("live.shortcuts.close")}
        </button>
      </form>
    </dialog>
  );
}
