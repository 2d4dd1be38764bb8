"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useLiveSession } from "@/app/_hooks/use-live-session";
import { ConnectionBadge } from "@/app/_live/connection-badge";
import { SavingPaused } from "@/app/_live/saving-paused";
import type { LocalizedText } from "@/lib/content/types";
import { defaultRulesFor, movePhase, normalisePlan, PLAN_LIMITS, type PlanIssue } from "@/lib/domain/phase-plan";
import { phaseKindTitles } from "@/lib/i18n/phase-kind-titles";
import { type PhaseKind, type PhaseRules, phaseKinds } from "@/lib/schemas/phase-rules";
import { type EditorPhase, fingerprint, fromView, type Notice, toDraft } from "./editor-phase";
import { PhaseCard } from "./phase-card";
import styles from "./plan.module.css";
import { SaveAsMethod } from "./save-as-method";

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
    const title: LocalizedText = { ...phaseKindTitles[newKind] };
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
    <div className={`container page ${styles.page}`}>
      <header className={styles.header}>
        <div>
          <p className="eyebrow">{session.title}</p>
          <h1>{t("plan.title")}</h1>
          <p className="lead">{locked ? t("plan.locked") : t("plan.lead")}</p>
        </div>
        <div className={styles.headerSide}>
          <ConnectionBadge connection={live.connection} />
          <Link href={`/sessions/${session.id}`} className="button button-secondary">
            {t("plan.backToCockpit")}
          </Link>
        </div>
      </header>
      <SavingPaused paused={live.savingPaused} />

      {phases && (
        <form
          className="plan-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className={styles.summary}>
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
          <ol className={styles.list} aria-labelledby="plan-phases-title">
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
            <div className={`${styles.add} card`}>
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

          <div className={styles.savebar} data-dirty={dirty ? "true" : "false"}>
            <div className={styles.savebarText} aria-live="polite">
              {notice ? (
                <p
                  className={notice.tone === "ok" ? styles.noticeOk : "field-error"}
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
