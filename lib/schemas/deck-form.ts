import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/translate";
import { DECK_LIMITS } from "@/lib/limits";
import { idSchema } from "./live";
import { safeText } from "./text";

const text = (max: number, tooLong: MessageKey, multiline = true) =>
  safeText({ multiline }).trim().max(max, { message: tooLong }).default("");

/**
 * A text in Dutch and English where one of the two is enough: a facilitator who writes in one
 * language is not made to translate (screens show the other language where one is missing).
 */
function oneOfTwo<T extends Record<string, unknown>>(field: string, required: MessageKey) {
  return (value: T, context: z.RefinementCtx) => {
    if (value[`${field}Nl`] === "" && value[`${field}En`] === "") {
      context.addIssue({ code: "custom", path: [field], message: required });
    }
  };
}

export const deckFormSchema = z
  .object({
    titleNl: text(DECK_LIMITS.title, "deckEditor.errors.titleTooLong", false),
    titleEn: text(DECK_LIMITS.title, "deckEditor.errors.titleTooLong", false),
    introNl: text(DECK_LIMITS.intro, "deckEditor.errors.introTooLong"),
    introEn: text(DECK_LIMITS.intro, "deckEditor.errors.introTooLong"),
    closingNl: text(DECK_LIMITS.closing, "deckEditor.errors.closingTooLong"),
    closingEn: text(DECK_LIMITS.closing, "deckEditor.errors.closingTooLong"),
  })
  .superRefine(oneOfTwo("title", "deckEditor.errors.titleRequired"));
export type DeckInput = z.infer<typeof deckFormSchema>;

export const themeFormSchema = z
  .object({
    titleNl: text(DECK_LIMITS.themeTitle, "deckEditor.errors.themeTitleTooLong", false),
    titleEn: text(DECK_LIMITS.themeTitle, "deckEditor.errors.themeTitleTooLong", false),
    framingNl: text(DECK_LIMITS.framing, "deckEditor.errors.framingTooLong"),
    framingEn: text(DECK_LIMITS.framing, "deckEditor.errors.framingTooLong"),
  })
  .superRefine(oneOfTwo("title", "deckEditor.errors.themeTitleRequired"));
export type ThemeInput = z.infer<typeof themeFormSchema>;

export const lessonFormSchema = z
  .object({
    textNl: text(DECK_LIMITS.lesson, "deckEditor.errors.lessonTooLong"),
    textEn: text(DECK_LIMITS.lesson, "deckEditor.errors.lessonTooLong"),
  })
  .superRefine(oneOfTwo("text", "deckEditor.errors.lessonRequired"));
export type LessonInput = z.infer<typeof lessonFormSchema>;

export const deckRefSchema = z.object({ deckId: idSchema });
export const themeRefSchema = z.object({ deckId: idSchema, themeId: idSchema });
export const lessonRefSchema = z.object({ deckId: idSchema, lessonId: idSchema });
export const directionSchema = z.enum(["up", "down"]);
export type Direction = z.infer<typeof directionSchema>;
