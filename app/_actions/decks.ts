"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { errorMessageKeys, KringError } from "@/lib/errors";
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

export async function updateDeckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, deckFields);
  const ref = deckRefSchema.safeParse({ deckId: field(formData, "deckId") });
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = deckFormSchema.safeParse(fieldsOf(formData, deckFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const failed = await refused(() => updateDeck(getDb(), user.id, ref.data.deckId, parsed.data), values);
  if (failed) return failed;
  await changed(ref.data.deckId, user.id);
  return { ...emptyFormState, notice: { key: "deckEditor.saved" } };
}

export async function addThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, themeFields);
  const ref = deckRefSchema.safeParse({ deckId: field(formData, "deckId") });
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = themeFormSchema.safeParse(fieldsOf(formData, themeFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const failed = await refused(() => addTheme(getDb(), user.id, ref.data.deckId, parsed.data), values);
  if (failed) return failed;
  await changed(ref.data.deckId, user.id);
  return { ...emptyFormState, notice: { key: "deckEditor.themeAdded" } };
}

export async function updateThemeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, themeFields);
  const ref = themeRefSchema.safeParse({ deckId: field(formData, "deckId"), themeId: field(formData, "themeId") });
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = themeFormSchema.safeParse(fieldsOf(formData, themeFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { deckId, themeId } = ref.data;
  const failed = await refused(() => updateTheme(getDb(), user.id, deckId, themeId, parsed.data), values);
  if (failed) return failed;
  await changed(deckId, user.id);
  return { ...emptyFormState, notice: { key: "deckEditor.saved" } };
}

export async function addLessonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, lessonFields);
  const ref = themeRefSchema.safeParse({ deckId: field(formData, "deckId"), themeId: field(formData, "themeId") });
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = lessonFormSchema.safeParse(fieldsOf(formData, lessonFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { deckId, themeId } = ref.data;
  const failed = await refused(() => addLesson(getDb(), user.id, deckId, themeId, parsed.data), values);
  if (failed) return failed;
  await changed(deckId, user.id);
  return { ...emptyFormState, notice: { key: "deckEditor.lessonAdded" } };
}

export async function updateLessonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/decks");
  const values = textValues(formData, lessonFields);
  const ref = lessonRefSchema.safeParse({ deckId: field(formData, "deckId"), lessonId: field(formData, "lessonId") });
  if (!ref.success) return { ...emptyFormState, formError: { key: "errors.notFound" }, values };
  const parsed = lessonFormSchema.safeParse(fieldsOf(formData, lessonFields));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { deckId, lessonId } = ref.data;
  const failed = await refused(() => updateLesson(getDb(), user.id, deckId, lessonId, parsed.data), values);
  if (failed) return failed;
  await changed(deckId, user.id);
  return { ...emptyFormState, notice: { key: "deckEditor.saved" } };
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
