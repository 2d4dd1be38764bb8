"use client";
import { useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Emit } from "@/app/_hooks/use-live-session";
import { PLAN_LIMITS } from "@/lib/domain/phase-plan";
import type { Notice } from "./editor-phase";
import styles from "./plan.module.css";

/** Saves the session's stored plan as the facilitator's own method. */
export function SaveAsMethod({ emit, dirty }: { emit: Emit; dirty: boolean }) {
  const { t } = useI18n();
  const [name, setName] = useState({ nl: "", en: "" });
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<Notice>(null);
  const idPrefix = useId();
  const valid = (value: string) => value.trim().length > 0 && value.trim().length <= PLAN_LIMITS.methodName;
  const save = async () => {
    if (dirty) {
      setResult({ tone: "error", text: t("plan.methodSaveFirst") });
      return;
    }
    if (!valid(name.nl) || !valid(name.en)) {
      setResult({ tone: "error", text: t("plan.methodNameRequired") });
      return;
    }
    setSaving(true);
    const answer = await emit("method:save", { name: { nl: name.nl.trim(), en: name.en.trim() } });
    setSaving(false);
    if (answer.ok) {
      setResult({ tone: "ok", text: t("plan.methodSaved", { name: name.nl.trim() }) });
      setName({ nl: "", en: "" });
    } else setResult({ tone: "error", text: answer.message || t("live.connection.offline") });
  };
  const errorId = `${idPrefix}-error`;
  const invalid = result?.tone === "error" ? true : undefined;
  return (
    <section className={`card ${styles.method}`} aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t("plan.methodTitle")}</h2>
      <p className="muted">{t("plan.methodLead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className={styles.methodFields}>
          {(["nl", "en"] as const).map((language) => (
            <div className="field" key={language}>
              <label htmlFor={`${idPrefix}-${language}`}>
                {t(language === "nl" ? "plan.methodNameNl" : "plan.methodNameEn")}
              </label>
              <input
                id={`${idPrefix}-${language}`}
                lang={language}
                value={name[language]}
                maxLength={PLAN_LIMITS.methodName}
                aria-invalid={invalid}
                aria-describedby={result ? errorId : undefined}
                onChange={(event) => {
                  const value = event.target.value;
                  setResult(null);
                  setName((current) => ({ ...current, [language]: value }));
                }}
              />
            </div>
          ))}
        </div>
        <div aria-live="polite">
          {result && (
            <p
              id={errorId}
              className={result.tone === "ok" ? styles.noticeOk : "field-error"}
              role={result.tone === "error" ? "alert" : "status"}
            >
              {result.text}
            </p>
          )}
        </div>
        <button type="submit" className="button button-secondary" disabled={saving}>
          {t("plan.methodSave")}
        </button>
      </form>
    </section>
  );
}
