"use server";

import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { getLocale } from "@/app/_lib/locale";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { KringError } from "@/lib/errors";
import { newSessionSchema } from "@/lib/schemas/session-form";
import { getDb } from "@/server/db/client";
import { createSession } from "@/server/services/sessions";

/** Prepares and opens a session, then goes to its cockpit. */
export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireFacilitator("/sessions/new");
  const values = textValues(formData, ["title", "methodId", "deckId", "agreements", "anonymous"]);
  const parsed = newSessionSchema.safeParse({
    title: formData.get("title") ?? "",
    methodId: formData.get("methodId") ?? "",
    deckId: formData.get("deckId") ?? "",
    agreements: formData.get("agreements") ?? "",
    anonymous: formData.get("anonymous") ?? undefined,
  });
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  let sessionId: string;
  try {
    ({ id: sessionId } = await createSession(getDb(), user.id, { ...parsed.data, locale: await getLocale() }));
  } catch (error) {
    if (error instanceof KringError && error.code === "not_found") {
      return { ...emptyFormState, formError: { key: "sessions.errors.methodUnknown" }, values };
    }
    throw error;
  }
  redirect(`/sessions/${sessionId}`);
}
