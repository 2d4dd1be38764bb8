"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import { formatJoinCode } from "@/lib/domain/join-code";

/** While people can still join a running session: the code and a small QR code in the corner, for latecomers. */
export function JoinCorner({ code, host, qrSvg, title }: { code: string; host: string; qrSvg: string; title: string }) {
  const { t } = useI18n();
  return (
    <section className="join-corner" aria-label={t("live.joinCode")} data-testid="join-corner">
      <div
        className="qr"
        role="img"
        aria-label={t("live.qrLabel", { title })}
        // The SVG is made on the server by the qrcode package from our own join URL.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted, generated markup
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <div>
        <p className="join-corner-host">{t("live.projectorControls.joinCorner", { host })}</p>
        <p className="join-corner-code">{formatJoinCode(code)}</p>
      </div>
    </section>
  );
}
