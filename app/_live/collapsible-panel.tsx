"use client";

import { type ReactNode, useId } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useStoredState } from "@/app/_hooks/use-stored-state";
import { storedBoolean } from "@/lib/stored-values";
import styles from "./collapsible-panel.module.css";

/**
 * A card of the cockpit's side column that its user can fold to its heading, to keep what matters
 * now in view on a laptop. Folded or not is remembered on this device, per panel.
 */
export function CollapsiblePanel({
  name,
  title,
  label,
  className = "",
  testId,
  children,
}: {
  /** Which panel this is, for remembering whether it is folded. */
  name: string;
  /** The heading, which may hold a badge. */
  title: ReactNode;
  /** The heading as plain text, for the fold button's name. */
  label: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [folded, setFolded] = useStoredState(`kring-panel:${name}`, storedBoolean, () => false);
  return (
    <section className={`card ${className}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className={styles.head}>
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className={`button button-quiet button-small ${styles.fold}`}
          aria-expanded={!folded}
          aria-controls={`${id}-body`}
          onClick={() => setFolded(!folded)}
        >
          <span aria-hidden="true" className={folded ? `${styles.chevron} ${styles.folded}` : styles.chevron}>
            ▾
          </span>
          {/* Its name as text, not aria-label: a form field's label ("Notities") must stay its own. */}
          <span className="visually-hidden">
            {t(folded ? "live.panel.unfold" : "live.panel.fold", { panel: label })}
          </span>
        </button>
      </div>
      <div id={`${id}-body`} hidden={folded} className={styles.body}>
        {children}
      </div>
    </section>
  );
}
