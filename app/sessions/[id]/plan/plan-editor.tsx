"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useLiveSession } from "@/app/_hooks/use-live-session";
import { ConnectionBadge } from "@/app/_live/connection-badge";
import type { LocalizedText } from "@/lib/content/types";
import {
  defaultRulesFor,
  isFixedKind,
  movePhase,
  normalisePlan,
  PLAN_LIMITS,
  type PlanIssue,
  type PlanPhaseDraft,
} from "@/lib/domain/phase-plan";
import type { PhaseView } from "@/lib/domain/session-view";
import { en } from "@/lib/i18n/messages/en";
import { nl } from "@/lib/i18n/messages/nl";
import {
  type PhaseKind,
  type PhaseRules,
  type PostKind,
  phaseKinds,
  posterRules,
  postKinds,
} from "@/lib/schemas/phase-rules";

/** One phase in the editor: text fields stay text until the plan is checked. */
interface EditorPhase {
  key: string;
  id: string | null;
  kind: PhaseKind;
  title: LocalizedText;
  instruction: LocalizedText;
  minutes: string;
  quota: string;
  rules: PhaseRules;
}

function fromView(phases: PhaseView[]): EditorPhase[] {
  return phases.map((phase) => ({
    key: phase.id,
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    instruction: phase.instruction,
    minutes: String(Math.round(phase.durationSeconds / 60)),
    quota: phase.rules.quota === null ? "" : String(phase.rules.quota),
    rules: phase.rules,
  }));
}

function toDraft(phases: EditorPhase[]): PlanPhaseDraft[] {
  return phases.map((phase) => ({
    id: phase.id,
    kind: phase.kind,
    title: phase.title,
    instruction: phase.instruction,
    durationMinutes: phase.minutes.trim() === "" ? Number.NaN : Number(phase.minutes),
    rules: { ...phase.rules, quota: phase.quota.trim() === "" ? null : Number(phase.quota) },
  }));
}

/** What the plan would store, to tell whether the editor differs from the live plan. */
const fingerprint = (phases: EditorPhase[]) => JSON.stringify(toDraft(phases));

type Notice = { tone: "ok" | "error"; text: string } | null;

export function PlanEditor({ session }: { session: { id: string; title: string } }) {
  const { t } = useI18n();
  const live = useLiveSession(session.id, "lead");
  const view = live.view;
  const [phases, setPhases] = useState<EditorPhase[] | null>(null);
  /** The live plan the editor started from. */
  const [base, setBase] = useState<string>("");
  const [showIssues, setShowIssues] = useState(false);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [newKind, setNewKind] = useState<PhaseKind>("discussion");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const resetOnVersion = useRef<number | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const livePhases = useMemo(() => (view ? fromView(view.phases) : null), [view]);
  const dirty = phases !== null && fingerprint(phases) !== base;
  const locked = view !== null && view.session.status !== "lobby";

  // Follow the live plan while nothing is being edited (and right after our own save). Only a new
  // view should reset the editor, not every keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reads phases and dirty, runs on a new view only
  useEffect(() => {
    if (!view || !livePhases) return;
    const awaited = resetOnVersion.current;
    if (awaited !== null && view.version < awaited) return;
    if (phases === null || !dirty || awaited !== null) {
      resetOnVersion.current = null;
      setPhases(livePhases);
      setBase(fingerprint(livePhases));
    }
  }, [view, livePhases]);

  useEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(focusTarget);
    if (element instanceof HTMLButtonElement && element.disabled) {
      const other = focusTarget.endsWith("-up")
        ? focusTarget.replace(/-up$/, "-down")
        : focusTarget.replace(/-down$/, "-up");
      document.getElementById(other)?.focus();
    } else element?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const checked = useMemo(() => (phases ? normalisePlan(toDraft(phases), view?.phases ?? []) : null), [phases, view]);
  const issues: PlanIssue[] = checked && !checked.ok ? checked.issues : [];
  const changedElsewhere =
    dirty && livePhases !== null && resetOnVersion.current === null && fingerprint(livePhases) !== base;

  const update = (key: string, change: (phase: EditorPhase) => EditorPhase) => {
    setNotice(null);
    setPhases((current) => current?.map((phase) => (phase.key === key ? change(phase) : phase)) ?? null);
  };
  const updateRules = (key: string, change: Partial<PhaseRules>) =>
    update(key, (phase) => ({ ...phase, rules: { ...phase.rules, ...change } }));

  const move = (index: number, by: -1 | 1) => {
    if (!phases) return;
    const phase = phases[index];
    setNotice(null);
    setPhases(movePhase(phases, index, by));
    if (phase) setFocusTarget(`phase-${phase.key}-${by === -1 ? "up" : "down"}`);
  };
  const remove = (index: number) => {
    setNotice(null);
    setPhases((current) => current?.filter((_, i) => i !== index) ?? null);
    listHeading.current?.focus();
  };
  const add = () => {
    const key = `new-${crypto.randomUUID()}`;
    // A new phase is named after its kind, in both languages; the facilitator renames it at once.
    const title: LocalizedText = { nl: nl.methods.phaseKinds[newKind], en: en.methods.phaseKinds[newKind] };
    setNotice(null);
    setPhases((current) => [
      ...(current ?? []),
      {
        key,
        id: null,
        kind: newKind,
        title,
        instruction: { nl: "", en: "" },
        minutes: "10",
        quota: defaultRulesFor(newKind).quota === null ? "" : String(defaultRulesFor(newKind).quota),
        rules: defaultRulesFor(newKind),
      },
    ]);
    setFocusTarget(`phase-${key}-title-nl`);
  };

  const save = async () => {
    if (!phases || !checked) return;
    if (!checked.ok) {
      setShowIssues(true);
      setNotice({ tone: "error", text: t("plan.issuesTitle") });
      // Straight to the first field that needs attention, once the messages are on the page.
      setTimeout(() => document.querySelector<HTMLElement>(".plan-form input[aria-invalid='true']")?.focus(), 0);
      return;
    }
    setSaving(true);
    const result = await live.emit("plan:update", {
      phases: checked.phases.map((phase) => ({
        id: phase.id,
        kind: phase.kind,
        title: phase.title,
        instruction: phase.instruction,
        durationMinutes: phase.durationSeconds / 60,
        rules: phase.rules,
      })),
    });
    setSaving(false);
    if (result.ok) {
      resetOnVersion.current = result.data.version;
      setShowIssues(false);
      setNotice({ tone: "ok", text: t("plan.saved") });
    } else setNotice({ tone: "error", text: result.message || t("live.connection.offline") });
  };

  const discard = () => {
    if (!livePhases) return;
    setPhases(livePhases);
    setBase(fingerprint(livePhases));
    setShowIssues(false);
    setNotice(null);
  };

  const totalMinutes = (phases ?? []).reduce((sum, phase) => sum + (Number(phase.minutes) || 0), 0);
  const issuesOf = (index: number) => (showIssues ? issues.filter((issue) => issue.index === index) : []);
  const planIssues = showIssues ? issues.filter((issue) => issue.index === null) : [];

  return (
    <div className="container page plan-page">
      <header className="plan-header">
        <div>
          <p className="eyebrow">{session.title}</p>
          <h1>{t("plan.title")}</h1>
          <p className="lead">{locked ? t("plan.locked") : t("plan.lead")}</p>
        </div>
        <div className="plan-header-side">
          <ConnectionBadge connection={live.connection} />
          <Link href={`/sessions/${session.id}`} className="button button-secondary">
            {t("plan.backToCockpit")}
          </Link>
        </div>
      </header>

      {phases && (
        <form
          className="plan-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="plan-summary">
            <h2 id="plan-phases-title" ref={listHeading} tabIndex={-1}>
              {t("plan.total", { count: phases.length, minutes: totalMinutes })}
            </h2>
          </div>
          {planIssues.length > 0 && (
            <div className="alert alert-error" role="alert">
              {planIssues.map((issue) => (
                <p key={issue.code}>{t(`plan.issue.${issue.code}`)}</p>
              ))}
            </div>
          )}
          <ol className="plan-list" aria-labelledby="plan-phases-title">
            {phases.map((phase, index) => (
              <PhaseCard
                key={phase.key}
                phase={phase}
                index={index}
                count={phases.length}
                locked={locked}
                issues={issuesOf(index)}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
                onChange={(change) => update(phase.key, change)}
                onRules={(change) => updateRules(phase.key, change)}
              />
            ))}
          </ol>

          {!locked && (
            <div className="plan-add card">
              <div className="field">
                <label htmlFor="plan-add-kind">{t("plan.addKind")}</label>
                <select
                  id="plan-add-kind"
                  value={newKind}
                  onChange={(event) => setNewKind(event.target.value as PhaseKind)}
                >
                  {phaseKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`methods.phaseKinds.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button-secondary"
                onClick={add}
                disabled={phases.length >= PLAN_LIMITS.maxPhases}
              >
                + {t("plan.addTitle")}
              </button>
            </div>
          )}

          <div className="plan-savebar" data-dirty={dirty ? "true" : "false"}>
            <div className="plan-savebar-text" aria-live="polite">
              {notice ? (
                <p
                  className={notice.tone === "ok" ? "plan-notice-ok" : "field-error"}
                  role={notice.tone === "error" ? "alert" : "status"}
                >
                  {notice.text}
                </p>
              ) : changedElsewhere ? (
                <p className="field-error">{t("plan.changedElsewhere")}</p>
              ) : dirty ? (
                <p>{t("plan.unsaved")}</p>
              ) : null}
            </div>
            {!locked && (
              <div className="button-row">
                <button type="button" className="button button-quiet" onClick={discard} disabled={!dirty}>
                  {t("plan.discard")}
                </button>
                <button type="submit" className="button" disabled={saving || !dirty}>
                  {saving ? t("plan.saving") : t("plan.save")}
                </button>
              </div>
            )}
          </div>
        </form>
      )}

      {phases && <SaveAsMethod emit={live.emit} dirty={dirty} />}
    </div>
  );
}

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

function PhaseCard({ phase, index, count, locked, issues, onMove, onRemove, onChange, onRules }: PhaseCardProps) {
  const { t, locale } = useI18n();
  const id = `phase-${phase.key}`;
  const name = phase.title[locale].trim() || t("plan.phaseNumber", { number: index + 1 });
  const errorOf = (field: PlanIssue["field"]) => issues.find((issue) => issue.field === field);
  const message = (issue: PlanIssue | undefined) => (issue ? t(`plan.issue.${issue.code}`) : null);
  const writes = phase.rules.whoMayPost !== "nobody" && phase.rules.whoMayPost !== "facilitator_only";
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
    <li className="plan-phase card" data-testid="plan-phase" aria-labelledby={`${id}-name`}>
      <div className="plan-phase-head">
        <span className="plan-phase-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="plan-phase-heading">
          <h3 id={`${id}-name`}>
            <span className="visually-hidden">{t("plan.phaseNumber", { number: index + 1 })}: </span>
            {name}
          </h3>
          <span className="badge">{t(`methods.phaseKinds.${phase.kind}`)}</span>
        </div>
        {!locked && (
          <div className="plan-phase-tools">
            <button
              type="button"
              id={`${id}-up`}
              className="button button-quiet icon-button"
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
              className="button button-quiet icon-button"
              aria-label={t("plan.moveDown", { phase: name })}
              title={t("plan.moveDown", { phase: name })}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="button button-quiet icon-button plan-remove"
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

      <div className="plan-phase-fields">
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
            <p className="plan-fixed-kind" id={`${id}-kind`}>
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

      <details className="plan-rules" open={rulesOpen} onToggle={(event) => setRulesOpen(event.currentTarget.open)}>
        <summary>
          <span className="plan-rules-label">{t("plan.rules")}</span>
          <span className="plan-rules-summary">{summary}</span>
        </summary>
        <fieldset className="plan-rules-body" disabled={locked}>
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
              className="plan-kinds"
              aria-invalid={errorOf("postKinds") ? true : undefined}
              aria-describedby={errorOf("postKinds") ? `${id}-kinds-error` : undefined}
            >
              <legend>{t("plan.postKinds")}</legend>
              <div className="plan-checks">
                {postKinds.map((kind: PostKind) => (
                  <label key={kind} className="plan-check">
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
            <div className="field plan-quota">
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
          <div className="plan-checks plan-flags">
            {(["anonymous", "hiddenUntilReveal", "ownerSilent", "dealsLessons"] as const).map((flag) => (
              <label key={flag} className="plan-check">
                <input
                  type="checkbox"
                  checked={phase.rules[flag]}
                  onChange={(event) => onRules({ [flag]: event.target.checked })}
                />{" "}
                {t(`plan.${flag}`)}
              </label>
            ))}
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

function SaveAsMethod({ emit, dirty }: { emit: ReturnType<typeof useLiveSession>["emit"]; dirty: boolean }) {
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
    <section className="card plan-method" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t("plan.methodTitle")}</h2>
      <p className="muted">{t("plan.methodLead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="plan-method-fields">
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
              className={result.tone === "ok" ? "plan-notice-ok" : "field-error"}
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
