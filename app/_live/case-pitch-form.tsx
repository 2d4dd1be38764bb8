"use client";

import { useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { LiveCommands } from "@/app/_hooks/use-live-session";
import { checkPost } from "@/lib/domain/reaction-rules";
import type { PhaseView, SessionView } from "@/lib/domain/session-view";
import { errorMessageKeys } from "@/lib/errors";
import { CASE_LIMITS } from "@/lib/limits";
import { randomUuid } from "@/lib/uuid";

const checkKeys = ["current", "concrete", "own"] as const;
const checkLabels = {
  current: "live.cases.checkCurrent",
  concrete: "live.cases.checkConcrete",
  own: "live.cases.checkOwn",
} as const;

/**
 * Bringing in a case: a title, the question, and the three checks a case must pass (current,
 * concrete, your own question). The server keeps the phase's quota; the form says when it is used.
 */
export function CasePitchForm({
  view,
  phase,
  emit,
  onError,
}: {
  view: SessionView;
  phase: PhaseView;
} & LiveCommands) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState("");
  const [checks, setChecks] = useState({ current: false, concrete: false, own: false });
  const [clientId, setClientId] = useState(() => randomUuid());
  const [sending, setSending] = useState(false);
  const me = view.me;
  const mine = view.cases.filter((each) => each.ownerId === me?.participantId);
  const verdict = me ? checkPost(phase.rules, me.role, "pitch", mine.length) : null;
  const allChecked = checkKeys.every((key) => checks[key]);
  const ready = title.trim().length > 0 && question.trim().length > 0 && allChecked && !sending;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setSending(true);
    const result = await emit("case:pitch", {
      clientId,
      title: title.trim(),
      question: question.trim(),
      checks: { current: true, concrete: true, own: true },
    });
    setSending(false);
    if (!result.ok) {
      onError(result.message || t("live.connection.offline"));
      return;
    }
    setTitle("");
    setQuestion("");
    setChecks({ current: false, concrete: false, own: false });
    setClientId(randomUuid());
  };

  return (
    <section className="card pitch-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("live.cases.pitchTitle")}</h2>
      {mine.length > 0 && (
        <p className="notice notice-success" role="status">
          {t("live.cases.pitched")}
        </p>
      )}
      {verdict?.ok === false ? (
        <p className="muted">{t(errorMessageKeys[verdict.code])}</p>
      ) : (
        <form onSubmit={submit} className="stack-small">
          <p className="muted small">{t("live.cases.pitchLead")}</p>
          <div className="field">
            <label htmlFor={`${id}-case-title`}>{t("live.cases.caseTitle")}</label>
            <input
              id={`${id}-case-title`}
              value={title}
              maxLength={CASE_LIMITS.title}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-question`}>{t("live.cases.question")}</label>
            <textarea
              id={`${id}-question`}
              value={question}
              rows={3}
              maxLength={CASE_LIMITS.question}
              onChange={(event) => setQuestion(event.target.value)}
              aria-describedby={`${id}-question-hint`}
            />
            <p id={`${id}-question-hint`} className="muted small">
              {t("live.cases.questionHint")}
            </p>
          </div>
          <fieldset className="checks">
            <legend>{t("live.cases.checksLegend")}</legend>
            {checkKeys.map((key) => (
              <label key={key} className="check-row">
                <input
                  type="checkbox"
                  checked={checks[key]}
                  onChange={(event) => setChecks((current) => ({ ...current, [key]: event.target.checked }))}
                />
                {t(checkLabels[key])}
              </label>
            ))}
          </fieldset>
          {!allChecked && (title.length > 0 || question.length > 0) && (
            <p className="muted small">{t("live.cases.checksMissing")}</p>
          )}
          <button type="submit" className="button" disabled={!ready}>
            {t("live.cases.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
