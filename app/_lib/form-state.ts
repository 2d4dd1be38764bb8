import type { z } from "zod";
import { isMessageKey, type MessageKey, type MessageVars } from "@/lib/i18n/translate";

/**
 * What a form shows after a submit: messages per field and for the whole form, as message keys, and
 * for a form that stays on the page after it succeeded, a notice that says what happened.
 */
export interface FormState {
  fieldErrors: Partial<Record<string, MessageKey>>;
  formError: { key: MessageKey; vars?: MessageVars } | null;
  values: Record<string, string>;
  notice?: { key: MessageKey; vars?: MessageVars } | null;
}

export const emptyFormState: FormState = { fieldErrors: {}, formError: null, values: {} };

/** The first message of each field, from zod issues whose messages are message keys. */
export function fieldErrorsOf(error: z.ZodError): FormState["fieldErrors"] {
  const errors: FormState["fieldErrors"] = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!errors[field]) errors[field] = isMessageKey(issue.message) ? issue.message : "errors.badRequest";
  }
  return errors;
}

/** True when the submit this state answers went through: no field or form errors. */
export function succeeded(state: FormState): boolean {
  return state.formError === null && Object.keys(state.fieldErrors).length === 0;
}

/** The submitted text values, cut short, to refill the form. */
export function textValues(formData: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? "").slice(0, 4000)]));
}
