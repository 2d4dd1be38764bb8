"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { errorMessageKeys, KringError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translate";
import {
  deckFormSchema,
  deckRefSchema,
  directionSchema,
  lessonFormSchema,
  lessonRefSchema,
  themeFormSchema,
  themeRefSchema,
} from "@/lib/schemas/deck-form";
import { getDb } from "@/server/db/client";
import {
  addLesson,
  addTheme,
  createDeck,
  deleteDeck,
  moveLesson,
  moveTheme,
  ownDeckSlug,
  removeLesson,
  removeTheme,
  updateDeck,
  updateLesson,
  updateTheme,
} from "@/server/services/deck-editor";

const field = (formData: FormData, name: string) => formData.get(name) ?? "";
const deckFields = ["titleNl", "titleEn", "introNl", "introEn", "closingNl", "closingEn"];
const themeFields = ["titleNl", "titleEn", "framingNl", "framingEn"];
const lessonFields = ["textNl", "textEn"];
const fieldsOf = (formData: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, field(formData, name)]));

/**
 * Runs a change to an own deck. A deck that is not the facilitator's (or is gone) is "does not
 * exist", the same answer either way; a refusal that protects stored sessions says why.
 */
async function refused(change: () => Promise<unknown>, values: FormState["values"]): Promise<FormState | null> {
  try {
    await change();
    return null;
  } catch (error) {
    if (!(error instanceof KringError)) throw error;
    if (!["not_found", "lesson_frozen", "theme_frozen", "deck_in_use"].includes(error.code)) throw error;
    return { ...emptyFormState, formError: { key: errorMessageKeys[error.code] }, values };
  }
}

async function changed(deckId: string, userId: string) {
  const slug = await ownDeckSlug(getDb(), userId, deckId);
  revalidatePath("/decks");
  if (slug) {
    revalidatePath(`/decks/${slug}`);
    revalidatePath(`/decks/${slug}/edit`);
  }
}

/** Creates an own deck, then opens its editor to add themes and lessons. */
export async function createDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks/new");
  const values = textValues(formData, deckFields);
  const parsed = deckFormSchema.safeParse(fieldsOf(formData, deckFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { slug } = await createDeck(getDb(), user.id, parsed.data);
  revalidatePath("/decks");
  redirect(`/decks/${slug}/edit?done=created`);
}

/** The editor's text forms: which deck, theme or lesson a form is about, and its texts. */
const deckForm = { ref: deckRefSchema, refFields: ["deckId"], fields: deckFields, schema: deckFormSchema };
const newThemeForm = { ref: deckRefSchema, refFields: ["deckId"], fields: themeFields, schema: themeFormSchema };
const themeForm = { ...newThemeForm, ref: themeRefSchema, refFields: ["deckId", "themeId"] };
const newLessonForm = { ...themeForm, fields: lessonFields, schema: lessonFormSchema };
const lessonForm = { ...newLessonForm, ref: lessonRefSchema, refFields: ["deckId", "lessonId"] };

/**
 * A change from one of the editor's text forms: the signed-in facilitator, the deck (theme, lesson)
 * it is about and the texts, each parsed; bad input or a refusal answers with the form's values, so
 * nothing typed is lost, and changes nothing. `notice` says what happened when it went through.
 */
async function textFormChange<Ref extends { deckId: string }, Input>(
  formData: FormData,
  form: { ref: z.ZodType<Ref>; refFields: string[]; fields: string[]; schema: z.ZodType<Input> },
  change: (userId: string, ref: Ref, input: Input) => Promise<unknown>,
  notice: MessageKey,
): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, form.fields);
  const ref = form.ref.safeParse(fieldsOf(formData, form.refFields));
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = form.schema.safeParse(fieldsOf(formData, form.fields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const failed = await refused(() => change(user.id, ref.data, parsed.data), values);
  if (failed) return failed;
  await changed(ref.data.deckId, user.id);
  return { ...emptyFormState, notice: { key: notice } };
}

export async function updateDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return textFormChange(
    formData,
    deckForm,
    (userId, { deckId }, input) => updateDeck(getDb(), userId, deckId, input),
    "deckEditor.saved",
  );
}

export async function addThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return textFormChange(
    formData,
    newThemeForm,
    (userId, { deckId }, input) => addTheme(getDb(), userId, deckId, input),
    "deckEditor.themeAdded",
  );
}

export async function updateThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return textFormChange(
    formData,
    themeForm,
    (userId, { deckId, themeId }, input) => updateTheme(getDb(), userId, deckId, themeId, input),
    "deckEditor.saved",
  );
}

export async function addLessonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return textFormChange(
    formData,
    newLessonForm,
    (userId, { deckId, themeId }, input) => addLesson(getDb(), userId, deckId, themeId, input),
    "deckEditor.lessonAdded",
  );
}

export async function updateLessonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return textFormChange(
    formData,
    lessonForm,
    (userId, { deckId, lessonId }, input) => updateLesson(getDb(), userId, deckId, lessonId, input),
    "deckEditor.saved",
  );
}

/** What a plain form's change came to: the editor shows it from `?done=`. */
export type DeckOutcome = "moved" | "removed" | "lessonFrozen" | "themeFrozen" | "deckInUse";

const outcomeOf: Partial<Record<string, DeckOutcome>> = {
  lesson_frozen: "lessonFrozen",
  theme_frozen: "themeFrozen",
  deck_in_use: "deckInUse",
};

/**
 * Runs a move or a removal from a plain form (so it works without JavaScript) and goes back to the
 * editor, which says what happened; a deck that is not the facilitator's is "page not found".
 */
async function changeAndReturn(
  deckId: string,
  userId: string,
  change: () => Promise<unknown>,
  done: DeckOutcome,
  anchor = "",
) {
  const slug = await ownDeckSlug(getDb(), userId, deckId);
  if (!slug) notFound();
  let outcome = done;
  try {
    await change();
  } catch (error) {
    const refusal = error instanceof KringError ? outcomeOf[error.code] : undefined;
    if (error instanceof KringError && error.code === "not_found") notFound();
    if (!refusal) throw error;
    outcome = refusal;
  }
  await changed(deckId, userId);
  redirect(`/decks/${slug}/edit?done=${outcome}${anchor}`);
}

export async function moveThemeAction(formData: FormData): Promise<void> {
  const user = await requireFacilitator("/decks");
  const ref = themeRefSchema.safeParse({ deckId: formData.get("deckId"), themeId: formData.get("themeId") });
  const direction = directionSchema.safeParse(formData.get("direction"));
  if (!ref.success || !direction.success) notFound();
  const { deckId, themeId } = ref.data;
  await changeAndReturn(
    deckId,
    user.id,
    () => moveTheme(getDb(), user.id, deckId, themeId, direction.data),
    "moved",
    `#theme-${themeId}`,
  );
}

export async function removeThemeAction(formData: FormData): Promise<void> {
  const user = await requireFacilitator("/decks");
  const ref = themeRefSchema.safeParse({ deckId: formData.get("deckId"), themeId: formData.get("themeId") });
  if (!ref.success) notFound();
  const { deckId, themeId } = ref.data;
  await changeAndReturn(deckId, user.id, () => removeTheme(getDb(), user.id, deckId, themeId), "removed");
}

export async function moveLessonAction(formData: FormData): Promise<void> {
  const user = await requireFacilitator("/decks");
  const ref = lessonRefSchema.safeParse({ deckId: formData.get("deckId"), lessonId: formData.get("lessonId") });
  const direction = directionSchema.safeParse(formData.get("direction"));
  if (!ref.success || !direction.success) notFound();
  const { deckId, lessonId } = ref.data;
  await changeAndReturn(
    deckId,
    user.id,
    () => moveLesson(getDb(), user.id, deckId, lessonId, direction.data),
    "moved",
    `#lesson-${lessonId}`,
  );
}

export async function removeLessonAction(formData: FormData): Promise<void> {
  const user = await requireFacilitator("/decks");
  const ref = lessonRefSchema.safeParse({ deckId: formData.get("deckId"), lessonId: formData.get("lessonId") });
  if (!ref.success) notFound();
  const { deckId, lessonId } = ref.data;
  await changeAndReturn(deckId, user.id, () => removeLesson(getDb(), user.id, deckId, lessonId), "removed");
}

/** Deletes an unused own deck and goes back to the list; a used one stays, and the editor says why. */
export async function deleteDeckAction(formData: FormData): Promise<void> {
  const user = await requireFacilitator("/decks");
  const ref = deckRefSchema.safeParse({ deckId: formData.get("deckId") });
  if (!ref.success) notFound();
  const { deckId } = ref.data;
  const slug = await ownDeckSlug(getDb(), user.id, deckId);
  if (!slug) notFound();
  try {
    await deleteDeck(getDb(), user.id, deckId);
  } catch (error) {
    if (error instanceof KringError && error.code === "deck_in_use") redirect(`/decks/${slug}/edit?done=deckInUse`);
    if (error instanceof KringError && error.code === "not_found") notFound();
    throw error;
  }
  revalidatePath("/decks");
  redirect("/decks?deleted=1");
}
