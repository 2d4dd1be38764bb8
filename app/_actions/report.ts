"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { emptyFormState, type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { requestOrigin } from "@/app/_lib/origin";
import { requireFacilitator } from "@/app/_lib/require-facilitator";
import { errorMessageKeys, KringError } from "@/lib/errors";
import {
  deleteSessionSchema,
  eraseParticipantSchema,
  shareCreateSchema,
  shareRevokeSchema,
} from "@/lib/schemas/report-forms";
import { getDb } from "@/server/db/client";
import { deleteSession, eraseParticipant } from "@/server/services/erasure";
import { createShareLink, revokeShareLink } from "@/server/services/share-links";

/**
 * The report's forms for the facilitator who led the session: share links, and erasure. Every form is
 * parsed with zod and checked against the session again; a refusal is the form's translated message
 * and changes nothing.
 */

const fields = (formData: FormData, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));

/** Runs a service step; its refusal (not found, session still open) becomes the form's message. */
async function refusal(step: () => Promise<unknown>): Promise<FormState | null> {
  try {
    await step();
    return null;
  } catch (error) {
    if (error instanceof KringError) return { ...emptyFormState, formError: { key: errorMessageKeys[error.code] } };
    throw error;
  }
}

export interface ShareState extends FormState {
  /** The link just made: shown once, as only its hash is kept. */
  url?: string;
}

export async function createShareLinkAction(_previous: ShareState, formData: FormData): Promise<ShareState> {
  const parsed = shareCreateSchema.safeParse(fields(formData, ["sessionId", "validity"]));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error) };
  const { sessionId, validity } = parsed.data;
  const user = await requireFacilitator(`/sessions/${sessionId}/report`);
  let token = "";
  const refused = await refusal(async () => {
    token = (await createShareLink(getDb(), user.id, sessionId, validity, new Date())).token;
  });
  if (refused) return refused;
  revalidatePath(`/sessions/${sessionId}/report`);
  const { origin } = await requestOrigin();
  return { ...emptyFormState, url: `${origin}/r/${token}` };
}

export async function revokeShareLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = shareRevokeSchema.safeParse(fields(formData, ["sessionId", "linkId"]));
  if (!parsed.success) return { ...emptyFormState, formError: { key: "errors.badRequest" } };
  const { sessionId, linkId } = parsed.data;
  const user = await requireFacilitator(`/sessions/${sessionId}/report`);
  const refused = await refusal(() => revokeShareLink(getDb(), user.id, sessionId, linkId, new Date()));
  if (refused) return refused;
  revalidatePath(`/sessions/${sessionId}/report`);
  return { ...emptyFormState, notice: { key: "share.revokedFlash" } };
}

export async function eraseParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = eraseParticipantSchema.safeParse(fields(formData, ["sessionId", "participantId", "confirm"]));
  // The choice stays made when the form comes back with a message (React empties a form after it is sent).
  const values = textValues(formData, ["participantId"]);
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { sessionId, participantId } = parsed.data;
  const user = await requireFacilitator(`/sessions/${sessionId}/report`);
  let name = "";
  const refused = await refusal(async () => {
    name = (await eraseParticipant(getDb(), user.id, sessionId, participantId)).displayName;
  });
  if (refused) return refused;
  revalidatePath(`/sessions/${sessionId}/report`);
  return { ...emptyFormState, notice: { key: "privacy.participantErased", vars: { name } } };
}

export async function deleteSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = deleteSessionSchema.safeParse(fields(formData, ["sessionId", "confirm"]));
  if (!parsed.success) return { ...emptyFormState, fieldErrors: fieldErrorsOf(parsed.error) };
  const { sessionId } = parsed.data;
  const user = await requireFacilitator(`/sessions/${sessionId}/report`);
  const refused = await refusal(() => deleteSession(getDb(), user.id, sessionId));
  if (refused) return refused;
  revalidatePath("/sessions");
  redirect("/sessions?deleted=1");
}
