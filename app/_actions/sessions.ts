"use server";

import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { getLocale } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import type { MessageKey } from "@/lib/i18n/translate";
import { idSchema } from "@/lib/schemas/live";
import { invitationFormSchema, newSessionSchema } from "@/lib/schemas/session-form";
import { getDb } from "@/server/db/client";
import { createSession, planSession, UnknownChoice } from "@/server/services/sessions";

/** What the form says about a choice the server refused: gone, or not the facilitator's. */
const refusedChoiceKeys: Record<UnknownChoice["field"], MessageKey> = {
  methodId: "sessions.errors.methodUnknown",
  deckId: "sessions.errors.deckUnknown",
  groupId: "sessions.errors.groupUnknown",
};

/** Prepares and opens a session, then goes to its cockpit. */
export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/sessions/new");
  const values = textValues(formData, [
    "title",
    "methodId",
    "deckId",
    "groupId",
    "agreements",
    "anonymous",
    "plannedFor",
  ]);
  const parsed = newSessionSchema.safeParse({
    title: formData.get("title") ?? "",
    methodId: formData.get("methodId") ?? "",
    deckId: formData.get("deckId") ?? "",
    groupId: formData.get("groupId") ?? "",
    agreements: formData.get("agreements") ?? "",
    anonymous: formData.get("anonymous") ?? undefined,
    plannedFor: formData.get("plannedFor") ?? "",
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

/**
 * Plans the session on a date, or takes the date away (its invitation page), then goes back to that
 * page; a date the form cannot take comes back as an error there. Works without JavaScript.
 */
export async function planSessionAction(rawSessionId: string, formData: FormData): Promise<void> {
  const sessionId = idSchema.parse(rawSessionId);
  const page = `/sessions/${sessionId}/invite`;
  const user = await requireFacilitator(page);
  const clear = formData.get("clear") === "1";
  const parsed = invitationFormSchema.safeParse({ plannedFor: clear ? "" : (formData.get("plannedFor") ?? "") });
  if (!parsed.success) redirect(`${page}?error=plannedFor`);
  await planSession(getDb(), user.id, sessionId, parsed.data.plannedFor);
  redirect(`${page}?saved=1`);
}
