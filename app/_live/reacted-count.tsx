"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { SessionView } from "@/lib/domain/session-view";

/**
 * How many people have reacted in this round: a number, never who. In an anonymous round whose texts
 * can be read it is all there is (a mark beside a name would say who wrote what, session-projection.ts).
 */
export function ReactedCount({ view }: { view: Pick<SessionView, "submittedCount" | "participants"> }) {
  const { t } = useI18n();
  if (view.submittedCount === 0) return null;
  const total = Math.max(view.participants.length, view.submittedCount);
  return (
    <p className="muted small" data-testid="reacted-count" aria-live="polite">
      {view.submittedCount === 1
        ? t("anonymity.reactedCountOne", { total })
        : t("anonymity.reactedCount", { count: view.submittedCount, total })}
    </p>
  );
}
