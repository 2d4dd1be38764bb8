"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import { formatJoinCode } from "@/lib/domain/join-code";
import styles from "./join-panel.module.css";

/** How people get in: the code in large type, the link, and a QR code for phones and laptops with cameras. */
export function JoinPanel({
  code,
  joinUrl,
  host,
  qrSvg,
  title,
  size = "normal",
  locked = false,
}: {
  code: string;
  joinUrl: string;
  host: string;
  qrSvg: string;
  title: string;
  size?: "normal" | "large";
  /** Closed to new joiners: neither code nor QR code is shown (the screen may be on the projector). */
  locked?: boolean;
}) {
  const { t } = useI18n();
  if (locked) {
    return (
      <section
        className={`${styles.panel} ${size === "large" ? styles.large : ""}`}
        aria-label={t("live.joinCode")}
        data-testid="join-locked"
      >
        <div>
          <p className={styles.locked}>{t("access.projectorLocked")}</p>
          <p className="muted">{t("access.lockedState")}</p>
        </div>
      </section>
    );
  }
  return (
    <section className={`${styles.panel} ${size === "large" ? styles.large : ""}`} aria-label={t("live.joinCode")}>
      <QrCode qrSvg={qrSvg} title={title} />
      <div>
        <p className="muted">{t("live.joinAt", { host })}</p>
        <p className={styles.code} data-testid="join-code">
          {formatJoinCode(code)}
        </p>
        {size === "normal" && (
          <p className={styles.link}>
            <a href={joinUrl} data-testid="join-link">
              {joinUrl}
            </a>
          </p>
        )}
      </div>
    </section>
  );
}

/** The join URL as a QR code, for phones and laptops with cameras; its label names the session. */
export function QrCode({ qrSvg, title, className }: { qrSvg: string; title: string; className?: string }) {
  const { t } = useI18n();
  return (
    <div
      className={`${styles.qr} ${className ?? ""}`}
      role="img"
      aria-label={t("live.qrLabel", { title })}
      // The SVG is made on the server by the qrcode package from our own join URL.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted, generated markup
      dangerouslySetInnerHTML={{ __html: qrSvg }}
    />
  );
}
