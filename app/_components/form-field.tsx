"use client";

import type { InputHTMLAttributes } from "react";
import type { MessageKey } from "@/lib/i18n/translate";
import { useI18n } from "./i18n-provider";

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
}

/**
 * A labelled input with its hint and its translated error, wired up for screen readers. Its id is
 * `field-<name>` unless `id` says otherwise (when a page has several forms with the same fields).
 */
export function FormField({ name, label, hint, error, id: givenId, ...input }: FormFieldProps) {
  const { t } = useI18n();
  const id = givenId ?? `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
