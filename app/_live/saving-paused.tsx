"use client";

import { useI18n } from "@/app/_components/i18n-provider";

/** While the server cannot save (its database is away): says so, and that what is typed is kept. */
export function SavingPaused({ paused }: { paused: boolean }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" data-testid="saving-paused">
      {paused && <p className="alert alert-warning">{t("faults.savingPaused")}</p>}
    </div>
  );
}
