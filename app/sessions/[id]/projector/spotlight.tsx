"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { ReactionView } from "@/lib/domain/session-view";

/** One reaction alone, large: the one the lead put in the spotlight. Its author as the list shows it. */
export function Spotlight({ reaction }: { reaction: ReactionView }) {
  const { t } = useI18n();
  return (
    <figure className="spotlight" data-testid="spotlight" aria-label={t("live.projectorControls.spotlightLabel")}>
      <figcaption className="spotlight-meta">
        <span className="kind-badge">{t(`live.kinds.${reaction.kind}`)}</span>
        <span>{reaction.authorName ?? t("live.reactions.anonymous")}</span>
      </figcaption>
      <blockquote className="spotlight-text">{reaction.text}</blockquote>
    </figure>
  );
}
