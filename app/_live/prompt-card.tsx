"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { PhaseView, RoundRecord } from "@/lib/domain/session-view";
import styles from "./prompt-card.module.css";

/** The prompt everyone looks at: the dealt lesson with its theme, or the phase's own instruction. */
export function PromptCard({
  round,
  phase,
  size = "normal",
}: {
  round: RoundRecord | null;
  phase: PhaseView | null;
  size?: "normal" | "large";
}) {
  const { locale, t } = useI18n();
  const lesson = round?.lesson;
  // After the reveal an instruction that says reactions stay hidden would be wrong: say what is now.
  const revealed = round?.revealed === true && phase?.rules.hiddenUntilReveal === true;
  const instruction = phase ? (revealed ? t("live.prompt.revealed") : phase.instruction[locale]) : null;
  return (
    <section
      className={`${styles.prompt} ${size === "large" ? styles.large : ""}`}
      aria-labelledby="prompt-label"
      data-testid="prompt"
    >
      <p id="prompt-label" className="eyebrow">
        {lesson
          ? t("live.prompt.lesson", { number: lesson.number, theme: lesson.theme[locale] })
          : t("live.prompt.label")}
      </p>
      {lesson ? (
        <blockquote className={styles.text}>{lesson.text[locale]}</blockquote>
      ) : phase ? (
        <p className={styles.text}>{instruction}</p>
      ) : null}
      {lesson && phase && <p className={styles.phase}>{instruction}</p>}
      {!lesson && phase?.rules.dealsLessons && <p className="muted">{t("live.prompt.waitingForCard")}</p>}
    </section>
  );
}
