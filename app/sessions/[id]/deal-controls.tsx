"use client";

import { useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";

export interface LessonOption {
  id: string;
  number: number;
  theme: string;
  text: string;
}

/** Deals a lesson card: drawn at random from those not dealt yet, or chosen from the deck. */
export function DealControls({ lessons, dealt, act }: { lessons: LessonOption[]; dealt: string[]; act: Act }) {
  const { t } = useI18n();
  const left = lessons.filter((lesson) => !dealt.includes(lesson.id));
  const [chosen, setChosen] = useState(left[0]?.id ?? "");
  if (lessons.length === 0) return null;
  return (
    <div className="deal-controls">
      <button
        type="button"
        className="button"
        onClick={() => act("card:deal", { random: true })}
        disabled={left.length === 0}
      >
        {t("live.prompt.drawRandom")}
      </button>
      <form
        className="deal-choose"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) act("card:deal", { lessonId: chosen });
        }}
      >
        <label htmlFor="deal-lesson" className="visually-hidden">
          {t("live.prompt.chooseLesson")}
        </label>
        <select id="deal-lesson" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {lessons.map((lesson) => (
            <option key={lesson.id} value={lesson.id}>
              {lesson.number}. {lesson.text.length > 70 ? `${lesson.text.slice(0, 70)}…` : lesson.text}
              {dealt.includes(lesson.id) ? ` (${t("live.prompt.dealt")})` : ""}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary">
          {t("live.prompt.deal")}
        </button>
      </form>
      <p className="muted small">{t("live.prompt.lessonsLeft", { count: left.length })}</p>
    </div>
  );
}
