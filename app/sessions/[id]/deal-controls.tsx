"use client";

import { useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import styles from "./deal-controls.module.css";
import { type LessonOption, LessonPicker } from "./lesson-picker";

export type { LessonOption } from "./lesson-picker";

/**
 * Deals a lesson card: drawn at random from those not dealt yet (one click), or chosen from the
 * deck in the lesson picker.
 */
export function DealControls({
  lessons,
  dealt,
  current,
  act,
}: {
  lessons: LessonOption[];
  dealt: string[];
  current: string | null;
  act: Act;
}) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const left = lessons.filter((lesson) => !dealt.includes(lesson.id));
  if (lessons.length === 0) return null;
  return (
    <div className={styles.controls}>
      <button
        type="button"
        className="button"
        onClick={() => act("card:deal", { random: true })}
        disabled={left.length === 0}
      >
        {t("live.prompt.drawRandom")}
      </button>
      <button type="button" className="button button-secondary" aria-haspopup="dialog" onClick={() => setPicking(true)}>
        {t("live.prompt.chooseLesson")}
      </button>
      <p className="muted small">{t("live.prompt.lessonsLeft", { count: left.length })}</p>
      <LessonPicker
        open={picking}
        lessons={lessons}
        dealt={dealt}
        current={current}
        onDeal={(lessonId) => act("card:deal", { lessonId })}
        onClose={() => setPicking(false)}
      />
    </div>
  );
}
