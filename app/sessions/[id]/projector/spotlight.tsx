"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { ReactionView } from "@/lib/domain/session-view";
import styles from "./projector.module.css";

/** One reaction alone, large: the one the lead put in the spotlight. Its author as the list shows it. */
export function Spotlight({ reaction }: { reaction: ReactionView }) {
  const { t } = useI18n();
  return (
    <figure
      className={styles.spotlight}
      data-testid="spotlight"
      aria-label={t("live.projectorControls.spotlightLabel")}
    >
      <figcaption className={styles.spotlightMeta}>
        <span className="kind-badge">{t(`live.kinds.${reaction.kind}`)}</span>
        <span>{reaction.authorName ?? t("live.reactions.anonymous")}</span>
      </figcaption>
      <blockquote className={styles.spotlightText}>{reaction.text}</blockquote>
    </figure>
  );
}
