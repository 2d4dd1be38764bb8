"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { FormState } from "@/app/_lib/form-state";
import styles from "../decks.module.css";

interface Props {
  /** Unique on the page: the inputs are `<idPrefix>-<name>Nl` and `…En`. */
  idPrefix: string;
  /** The field's base name: the form sends `<name>Nl` and `<name>En`. */
  name: string;
  label: string;
  multiline?: boolean;
  rows?: number;
  maxLength: number;
  optional?: boolean;
  defaults: { nl: string; en: string };
  errors: FormState["fieldErrors"];
}

/**
 * One text in Dutch and English, side by side, under one legend; one of the two is enough. Its
 * error (missing in both, or too long in one) is announced with both inputs.
 */
export function BilingualField({
  idPrefix,
  name,
  label,
  multiline,
  rows = 3,
  maxLength,
  optional,
  defaults,
  errors,
}: Props) {
  const { t } = useI18n();
  const errorKey = errors[name] ?? errors[`${name}Nl`] ?? errors[`${name}En`];
  const errorId = `${idPrefix}-${name}-error`;
  const input = (lang: "nl" | "en") => {
    const id = `${idPrefix}-${name}${lang === "nl" ? "Nl" : "En"}`;
    const fieldName = `${name}${lang === "nl" ? "Nl" : "En"}`;
    const invalid = errors[name] || errors[fieldName] ? true : undefined;
    const shared = {
      id,
      name: fieldName,
      lang,
      defaultValue: defaults[lang],
      maxLength,
      "aria-invalid": invalid,
      "aria-describedby": invalid ? errorId : undefined,
    };
    return (
      <div className="field">
        <label htmlFor={id}>{t(lang === "nl" ? "deckEditor.nl" : "deckEditor.en", { field: label })}</label>
        {multiline ? <textarea rows={rows} {...shared} /> : <input type="text" autoComplete="off" {...shared} />}
      </div>
    );
  };
  return (
    <fieldset className={styles.bilingualField}>
      <legend>
        {label}
        {optional && <span className="muted"> ({t("deckEditor.optional")})</span>}
      </legend>
      <div className={styles.bilingualPair}>
        {input("nl")}
        {input("en")}
      </div>
      {errorKey && (
        <p className="field-error" id={errorId}>
          {t(errorKey)}
        </p>
      )}
    </fieldset>
  );
}
