"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import { QrCode } from "@/app/_live/join-panel";
import { formatJoinCode } from "@/lib/domain/join-code";
import styles from "./projector.module.css";

/** While people can still join a running session: the code and a small QR code in the corner, for latecomers. */
export function JoinCorner({ code, host, qrSvg, title }: { code: string; host: string; qrSvg: string; title: string }) {
  const { t } = useI18n();
  return (
    <section className={styles.joinCorner} aria-label={t("live.joinCode")} data-testid="join-corner">
      <QrCode qrSvg={qrSvg} title={title} className={styles.qr} />
      <div>
        <p className={styles.joinCornerHost}>{t("live.projectorControls.joinCorner", { host })}</p>
        <p className={styles.joinCornerCode}>{formatJoinCode(code)}</p>
      </div>
    </section>
  );
}
