"use client";

import type { FormState } from "@/app/_lib/form-state";
import { useI18n } from "./i18n-provider";

/** The whole-form error of a failed submit, translated, announced to screen readers. */
export function FormAlert({ error }: { error: FormState["formError"] }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(error.key, error.vars)}</p>
    </div>
  );
}

/**
 * What a successful submit did, translated. The status region is always there (empty until then),
 * so screen readers announce the notice when it appears.
 */
export function FormNotice({ notice }: { notice: FormState["notice"] }) {
  const { t } = useI18n();
  return (
    <p role="status" className="form-notice">
      {notice ? t(notice.key, notice.vars) : ""}
    </p>
  );
}
