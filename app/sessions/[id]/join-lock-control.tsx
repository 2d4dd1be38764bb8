"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";

/** Closes the session to new joiners, or opens it again; those already in stay in. Lead only. */
export function JoinLockControl({ locked, act }: { locked: boolean; act: Act }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="join-lock-title">
      <h2 id="join-lock-title">{t("live.joinCode")}</h2>
      <p role="status" data-testid="join-lock-state">
        {t(locked ? "access.lockedState" : "access.openState")}
      </p>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-pressed={locked}
        onClick={() => act("session:lock", { locked: !locked })}
      >
        {t(locked ? "access.unlock" : "access.lock")}
      </button>
    </section>
  );
}
