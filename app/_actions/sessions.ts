"use server";

import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { getLocale } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import type { MessageKey } from "@/lib/i18n/translate";
import { newSessionSchema } from "@/lib/schemas/session-form";
import { getDb } from "@/server/db/client";
import { createSession, UnknownChoice } from "@/server/services/sessions";

/** What the form says about a choice the server refused: gone, or not the facilitator's. */
const refusedChoiceKeys: Record<UnknownChoice["field"], MessageKey> = {
  methodId: "sessions.errors.methodUnknown",
  deckId: "sessions.errors.deckUnknown",
  groupId: "sessions.errors.groupUnknown",
};

/** Prepares and opens a session, then goes to its cockpit. */
export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/sessions/new");
  const values = textValues(formData, ["title", "methodId", "deckId", "groupId", "agreements", "anonymous"]);
  const parsed = newSessionSchema.safeParse({
    title: formData.get("title") ?? "",
    methodId: formData.get("methodId") ?? "",
    deckId: formData.get("deckId") ?? "",
    groupId: formData.get("groupId") ?? "",
    agreements: formData.get("agreements") ?? "",
    anonymous: formData.get("anonymous") ?? undefined,
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  let sessionId: string;
  try {
    ({ id: sessionId } = await createSession(getDb(), user.id, { ...parsed.data, locale: await getLocale() }));
  } catch (error) {
    if (error instanceof UnknownChoice) {
      return { ...emptyFormState, fieldErrors: { [error.field]: refusedChoiceKeys[error.field] }, values };
    }
    throw error;
  }
  redirect(`/sessions/${sessionId}`);
}
