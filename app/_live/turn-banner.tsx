"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { SessionView } from "@/lib/domain/session-view";
import styles from "./turn-banner.module.css";

/** Whose turn it is and who is next, when a speaking order runs. */
export function TurnBanner({ view, size = "normal" }: { view: SessionView; size?: "normal" | "large" }) {
  const { t } = useI18n();
  const round = view.round;
  if (!round || round.turnOrder.length === 0) return null;
  const name = (id: string | undefined) =>
    view.participants.find((participant) => participant.id === id)?.displayName ?? "—";
  if (round.turnIndex === null) {
    return (
      <p className={`${styles.banner} ${size === "large" ? styles.large : ""}`} role="status">
        {t("live.turns.done")}
      </p>
    );
  }
  const speaker = round.turnOrder[round.turnIndex];
  const next = round.turnOrder[round.turnIndex + 1];
  const mine = speaker !== undefined && speaker === view.me?.participantId;
  return (
    <div
      className={`${styles.banner} ${size === "large" ? styles.large : ""} ${mine ? styles.mine : ""}`}
      role="status"
      data-testid="turn-banner"
    >
      <p>
        <span className={styles.label}>{t("live.turns.speaking")}</span>{" "}
        <strong>{mine ? t("live.turns.yourTurn") : name(speaker)}</strong>
      </p>
      {next && (
        <p className={styles.next}>
          {t("live.turns.next")}: {name(next)}
        </p>
      )}
    </div>
  );
}
