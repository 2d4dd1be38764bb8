"use client";
import { useEffect, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { isFixedKind, PLAN_LIMITS, type PlanIssue } from "@/lib/domain/phase-plan";
import { participantsWrite } from "@/lib/domain/reaction-rules";
import {
  type PhaseKind,
  type PhaseRules,
  type PostKind,
  phaseKinds,
  posterRules,
  postKinds,
} from "@/lib/schemas/phase-rules";
import type { EditorPhase } from "./editor-phase";
import styles from "./plan.module.css";

interface PhaseCardProps {
  phase: EditorPhase;
  index: number;
  count: number;
  locked: boolean;
  issues: PlanIssue[];
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onChange: (change: (phase: EditorPhase) => EditorPhase) => void;
  onRules: (change: Partial<PhaseRules>) => void;
}

export function PhaseCard({
  phase,
  index,
  count,
  locked,
  issues,
  onMove,
  onRemove,
  onChange,
  onRules,
}: PhaseCardProps) {
  const { t, locale } = useI18n();
  const id = `phase-${phase.key}`;
  const name = phase.title[locale].trim() || t("plan.phaseNumber", { number: index + 1 });
  const errorOf = (field: PlanIssue["field"]) => issues.find((issue) => issue.field === field);
  const message = (issue: PlanIssue | undefined) => (issue ? t(`plan.issue.${issue.code}`) : null);
  const writes = participantsWrite(phase.rules);
  // The rules open by themselves when something in them needs attention, and stay open while it is fixed.
  const [rulesOpen, setRulesOpen] = useState(false);
  const rulesNeedAttention = issues.some((issue) => issue.field === "postKinds" || issue.field === "rules");
  useEffect(() => {
    if (rulesNeedAttention) setRulesOpen(true);
  }, [rulesNeedAttention]);
  const summary = [
    t(`plan.who.${phase.rules.whoMayPost}`),
    writes && phase.rules.postKinds.length > 0
      ? phase.rules.postKinds.map((kind) => t(`live.kinds.${kind}`)).join(", ")
      : null,
    writes && phase.quota.trim() !== "" ? `≤ ${phase.quota}` : null,
    phase.rules.anonymous ? t("plan.anonymous") : null,
    phase.rules.hiddenUntilReveal ? t("plan.hiddenUntilReveal") : null,
    phase.rules.ownerSilent ? t("plan.ownerSilent") : null,
    phase.rules.dealsLessons ? t("plan.dealsLessons") : null,
    phase.rules.timerStartsItself ? t("plan.timerStartsItself") : null,
  ]
    .filter(Boolean)
    .join(" · ");

  const field = (
    fieldName: "title.nl" | "title.en" | "duration",
    label: string,
    input: Omit<React.InputHTMLAttributes<HTMLInputElement>, "id">,
    inputId: string,
    className = "",
  ) => {
    const issue = errorOf(fieldName);
    return (
      <div className={`field ${className}`}>
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${inputId}-error` : undefined}
          disabled={locked}
          {...input}
        />
        {issue && (
          <p className="field-error" id={`${inputId}-error`}>
            {message(issue)}
          </p>
        )}
      </div>
    );
  };

  return (
    <li className={`${styles.phase} card`} data-testid="plan-phase" aria-labelledby={`${id}-name`}>
      <div className={styles.phaseHead}>
        <span className={styles.phaseNumber} aria-hidden="true">
          {index + 1}
        </span>
        <div className={styles.phaseHeading}>
          <h3 id={`${id}-name`}>
            <span className="visually-hidden">{t("plan.phaseNumber", { number: index + 1 })}: </span>
            {name}
          </h3>
          <span className="badge">{t(`methods.phaseKinds.${phase.kind}`)}</span>
        </div>
        {!locked && (
          <div className={styles.phaseTools}>
            <button
              type="button"
              id={`${id}-up`}
              className={`button button-quiet ${styles.iconButton}`}
              aria-label={t("plan.moveUp", { phase: name })}
              title={t("plan.moveUp", { phase: name })}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              id={`${id}-down`}
              className={`button button-quiet ${styles.iconButton}`}
              aria-label={t("plan.moveDown", { phase: name })}
              title={t("plan.moveDown", { phase: name })}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className={`button button-quiet ${styles.iconButton} ${styles.remove}`}
              aria-label={t("plan.remove", { phase: name })}
              title={t("plan.remove", { phase: name })}
              disabled={count <= 1}
              onClick={onRemove}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        )}
      </div>

      <div className={styles.phaseFields}>
        {field(
          "title.nl",
          t("plan.titleNl"),
          {
            value: phase.title.nl,
            maxLength: PLAN_LIMITS.title + 20,
            lang: "nl",
            onChange: (event) => {
              const value = event.target.value;
              onChange((current) => ({ ...current, title: { ...current.title, nl: value } }));
            },
          },
          `${id}-title-nl`,
        )}
        {field(
          "title.en",
          t("plan.titleEn"),
          {
            value: phase.title.en,
            maxLength: PLAN_LIMITS.title + 20,
            lang: "en",
            onChange: (event) => {
              const value = event.target.value;
              onChange((current) => ({ ...current, title: { ...current.title, en: value } }));
            },
          },
          `${id}-title-en`,
        )}
        {field(
          "duration",
          t("plan.duration"),
          {
            type: "number",
            inputMode: "numeric",
            min: PLAN_LIMITS.minMinutes,
            max: PLAN_LIMITS.maxMinutes,
            step: 1,
            value: phase.minutes,
            onChange: (event) => {
              const value = event.target.value;
              onChange((current) => ({ ...current, minutes: value }));
            },
          },
          `${id}-minutes`,
          "plan-minutes",
        )}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("plan.kind")}</label>
          {isFixedKind(phase.kind) && phase.id !== null ? (
            <p className={styles.fixedKind} id={`${id}-kind`}>
              {t("plan.kindFixed")}
            </p>
          ) : (
            <select
              id={`${id}-kind`}
              value={phase.kind}
              disabled={locked}
              onChange={(event) => {
                const kind = event.target.value as PhaseKind;
                onChange((current) => ({ ...current, kind }));
              }}
            >
              {phaseKinds
                .filter((kind) => phase.id === null || !isFixedKind(kind) || kind === phase.kind)
                .map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`methods.phaseKinds.${kind}`)}
                  </option>
                ))}
            </select>
          )}
        </div>
      </div>

      <details className={styles.rules} open={rulesOpen} onToggle={(event) => setRulesOpen(event.currentTarget.open)}>
        <summary>
          <span className={styles.rulesLabel}>{t("plan.rules")}</span>
          <span className={styles.rulesSummary}>{summary}</span>
        </summary>
        <fieldset className={styles.rulesBody} disabled={locked}>
          <legend className="visually-hidden">
            {t("plan.rules")}: {name}
          </legend>
          <div className="field">
            <label htmlFor={`${id}-who`}>{t("plan.whoMayPost")}</label>
            <select
              id={`${id}-who`}
              value={phase.rules.whoMayPost}
              onChange={(event) => onRules({ whoMayPost: event.target.value as PhaseRules["whoMayPost"] })}
            >
              {posterRules.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`plan.who.${rule}`)}
                </option>
              ))}
            </select>
          </div>
          {writes && (
            <fieldset
              className={styles.kinds}
              aria-invalid={errorOf("postKinds") ? true : undefined}
              aria-describedby={errorOf("postKinds") ? `${id}-kinds-error` : undefined}
            >
              <legend>{t("plan.postKinds")}</legend>
              <div className={styles.checks}>
                {postKinds.map((kind: PostKind) => (
                  <label key={kind} className={styles.check}>
                    <input
                      type="checkbox"
                      checked={phase.rules.postKinds.includes(kind)}
                      onChange={(event) => {
                        const on = event.target.checked;
                        onRules({
                          postKinds: on
                            ? [...phase.rules.postKinds, kind]
                            : phase.rules.postKinds.filter((each) => each !== kind),
                        });
                      }}
                    />{" "}
                    {t(`live.kinds.${kind}`)}
                  </label>
                ))}
              </div>
              {errorOf("postKinds") && (
                <p className="field-error" id={`${id}-kinds-error`}>
                  {message(errorOf("postKinds"))}
                </p>
              )}
            </fieldset>
          )}
          {writes && (
            <div className="field">
              <label htmlFor={`${id}-quota`}>{t("plan.quota")}</label>
              <p className="field-hint" id={`${id}-quota-hint`}>
                {t("plan.quotaHint")}
              </p>
              <input
                id={`${id}-quota`}
                type="number"
                inputMode="numeric"
                min={1}
                max={50}
                step={1}
                value={phase.quota}
                aria-describedby={`${id}-quota-hint${errorOf("rules") ? ` ${id}-rules-error` : ""}`}
                aria-invalid={errorOf("rules") ? true : undefined}
                onChange={(event) => {
                  const value = event.target.value;
                  onChange((current) => ({ ...current, quota: value }));
                }}
              />
              {errorOf("rules") && (
                <p className="field-error" id={`${id}-rules-error`}>
                  {message(errorOf("rules"))}
                </p>
              )}
            </div>
          )}
          <div className={`${styles.checks} ${styles.flags}`}>
            {(["anonymous", "hiddenUntilReveal", "ownerSilent", "dealsLessons", "timerStartsItself"] as const).map(
              (flag) => (
                <label key={flag} className={styles.check}>
                  <input
                    type="checkbox"
                    checked={phase.rules[flag]}
                    onChange={(event) => onRules({ [flag]: event.target.checked })}
                  />{" "}
                  {t(`plan.${flag}`)}
                </label>
              ),
            )}
          </div>
        </fieldset>
      </details>
      {issues
        .filter((issue) => issue.field === "id" || issue.field === "kind" || issue.field === "instruction")
        .map((issue) => (
          <p key={issue.code} className="field-error">
            {message(issue)}
          </p>
        ))}
    </li>
  );
}
