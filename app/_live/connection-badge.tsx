"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Connection } from "@/app/_hooks/use-live-session";

/** Connected, connecting, or offline (with what that means for what you type). */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  return (
    <p className={`connection connection-${connection}`} role="status" data-testid="connection">
      <span className="connection-dot" aria-hidden="true" />
      {t(`live.connection.${connection}`)}
    </p>
  );
}
