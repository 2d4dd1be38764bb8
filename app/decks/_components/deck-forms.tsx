"use client";

import { useActionState } from "react";
import {
  addLessonAction,
  addThemeAction,
  createDeckAction,
  updateDeckAction,
  updateLessonAction,
  updateThemeAction,
} from "@/app/_actions/decks";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState, type FormState } from "@/app/_lib/form-state";
import { DECK_LIMITS } from "@/lib/limits";
import styles from "../decks.module.css";
import { BilingualField } from "./bilingual-field";
import { useKeptForm } from "./use-kept-form";

type Pair = { nl: string; en: string };
const empty: Pair = { nl: "", en: "" };

/** What the form shows: the submitted values after a refusal, otherwise what is stored. */
function shown(values: FormState["values"], name: string, stored: Pair): Pair {
  return { nl: values[`${name}Nl`] ?? stored.nl, en: values[`${name}En`] ?? stored.en };
}

function SubmitButton({ label, pending }: { label: string; pending: boolean }) {
  const hydrated = useHydrated();
  return (
    <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
      {label}
    </button>
  );
}

interface DeckTexts {
  id: string;
  title: Pair;
  intro: Pair;
  closing: Pair;
}

/** A deck's title, introduction and closing word: creates a deck, or changes the one given. */
export function DeckDetailsForm({ deck }: { deck?: DeckTexts }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(deck ? updateDeckAction : createDeckAction, emptyFormState);
  const { fieldErrors: errors, values } = state;
  const prefix = deck ? `deck-${deck.id}` : "new-deck";
  const kept = useKeptForm(state, action, false);
  return (
    <form action={action} {...kept} noValidate className={styles.form}>
      <FormAlert error={state.formError} />
      {deck && <input type="hidden" name="deckId" value={deck.id} />}
      <p className="field-hint">{t("deckEditor.oneLanguage")}</p>
      <BilingualField
        idPrefix={prefix}
        name="title"
        label={t("deckEditor.fields.title")}
        maxLength={DECK_LIMITS.title}
        defaults={shown(values, "title", deck?.title ?? empty)}
        errors={errors}
      />
      <BilingualField
        idPrefix={prefix}
        name="intro"
        label={t("deckEditor.fields.intro")}
        multiline
        rows={4}
        optional
        maxLength={DECK_LIMITS.intro}
        defaults={shown(values, "intro", deck?.intro ?? empty)}
        errors={errors}
      />
      <BilingualField
        idPrefix={prefix}
        name="closing"
        label={t("deckEditor.fields.closing")}
        multiline
        optional
        maxLength={DECK_LIMITS.closing}
        defaults={shown(values, "closing", deck?.closing ?? empty)}
        errors={errors}
      />
      <SubmitButton label={t(deck ? "deckEditor.save" : "deckEditor.create")} pending={pending} />
      {deck && <FormNotice notice={state.notice} />}
    </form>
  );
}

interface ThemeTexts {
  id: string;
  title: Pair;
  framing: Pair;
}

/** A theme's name and its one line: adds a theme to the deck, or changes the one given. */
export function ThemeForm({ deckId, theme }: { deckId: string; theme?: ThemeTexts }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(theme ? updateThemeAction : addThemeAction, emptyFormState);
  const { fieldErrors: errors, values } = state;
  const prefix = theme ? `theme-${theme.id}` : "new-theme";
  const kept = useKeptForm(state, action, !theme);
  return (
    <form action={action} {...kept} noValidate className={styles.form}>
      <FormAlert error={state.formError} />
      <input type="hidden" name="deckId" value={deckId} />
      {theme && <input type="hidden" name="themeId" value={theme.id} />}
      <BilingualField
        idPrefix={prefix}
        name="title"
        label={t("deckEditor.fields.themeTitle")}
        maxLength={DECK_LIMITS.themeTitle}
        defaults={shown(values, "title", theme?.title ?? empty)}
        errors={errors}
      />
      <BilingualField
        idPrefix={prefix}
        name="framing"
        label={t("deckEditor.fields.framing")}
        optional
        maxLength={DECK_LIMITS.framing}
        defaults={shown(values, "framing", theme?.framing ?? empty)}
        errors={errors}
      />
      <SubmitButton label={t(theme ? "deckEditor.save" : "deckEditor.addTheme")} pending={pending} />
      <FormNotice notice={state.notice} />
    </form>
  );
}

/** A lesson's text: adds a lesson to the theme, or changes the one given. */
export function LessonForm({
  deckId,
  themeId,
  lesson,
}: {
  deckId: string;
  themeId: string;
  lesson?: { id: string; text: Pair };
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(lesson ? updateLessonAction : addLessonAction, emptyFormState);
  const { fieldErrors: errors, values } = state;
  const prefix = lesson ? `lesson-${lesson.id}` : `new-lesson-${themeId}`;
  const kept = useKeptForm(state, action, !lesson);
  return (
    <form action={action} {...kept} noValidate className={styles.form}>
      <FormAlert error={state.formError} />
      <input type="hidden" name="deckId" value={deckId} />
      {lesson ? (
        <input type="hidden" name="lessonId" value={lesson.id} />
      ) : (
        <input type="hidden" name="themeId" value={themeId} />
      )}
      <BilingualField
        idPrefix={prefix}
        name="text"
        label={t("deckEditor.fields.lesson")}
        multiline
        maxLength={DECK_LIMITS.lesson}
        defaults={shown(values, "text", lesson?.text ?? empty)}
        errors={errors}
      />
      <SubmitButton label={t(lesson ? "deckEditor.save" : "deckEditor.addLesson")} pending={pending} />
      <FormNotice notice={state.notice} />
    </form>
  );
}
