"use client";

import Link from "next/link";
import { Suspense, useCallback, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { useAct, useLiveSession } from "@/app/_hooks/use-live-session";
import { useOutbox } from "@/app/_hooks/use-outbox";
import { ActionPointsPanel, LookBack } from "@/app/_live/action-points";
import { CaseBoard, ChosenCase } from "@/app/_live/case-board";
import { CasePitchForm } from "@/app/_live/case-pitch-form";
import { Composer } from "@/app/_live/composer";
import { ConnectionBadge } from "@/app/_live/connection-badge";
import { ErrorToasts } from "@/app/_live/error-toasts";
import { MemberChoice } from "@/app/_live/member-choice";
import { NotesPanel } from "@/app/_live/notes-panel";
import { PhaseRulesNote } from "@/app/_live/phase-rules-note";
import { PromptCard } from "@/app/_live/prompt-card";
import { ReactionList } from "@/app/_live/reaction-list";
import { SavingPaused } from "@/app/_live/saving-paused";
import { TimerDisplay } from "@/app/_live/timer-display";
import { TurnBanner } from "@/app/_live/turn-banner";
import { useTabTitle } from "@/app/_live/use-tab-title";
import { liveTitle } from "@/lib/domain/live-title";
import { participantsWrite } from "@/lib/domain/reaction-rules";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import { errorMessageKeys } from "@/lib/errors";
import styles from "./participant-live.module.css";

/** The participant's screen: the prompt, the phase's rule, the composer, then the revealed reactions. */
export function ParticipantLive({ sessionId, firstView }: { sessionId: string; firstView: SessionView | null }) {
  const { t, locale } = useI18n();
  const live = useLiveSession(sessionId, "participant", firstView);
  const outbox = useOutbox(sessionId, live.emit, live.connection === "connected");
  const [errors, setErrors] = useState<string[]>([]);
  const onError = useCallback((message: string) => setErrors((current) => [...current, message]), []);
  const act = useAct(live.emit, onError, t("live.connection.offline"));
  const view = live.view;
  const turnIndex = view?.round?.turnIndex ?? null;
  const myTurn = turnIndex !== null && view?.round?.turnOrder[turnIndex] === view?.me?.participantId;
  useTabTitle(
    view ? `${liveTitle(view, locale, t)} · ${t("common.appName")}` : t("common.appName"),
    [view?.session.status, view?.session.currentPhaseIndex, view?.round?.id, view?.round?.revealed, myTurn].join(":"),
  );

  if (live.fatal) {
    return (
      <div className="container page form-page">
        <div className="alert alert-error" role="alert">
          <p>{live.fatal === "removed" ? t("live.removed") : t(errorMessageKeys[live.fatal])}</p>
          {live.fatal === "outdated" && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t("live.reload")}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (!view) {
    return (
      <div className="container page">
        <ConnectionBadge connection={live.connection} />
        <SavingPaused paused={live.savingPaused} />
      </div>
    );
  }
  const phase = viewPhase(view);
  const casePhase = phase?.kind === "pitch" || phase?.kind === "choose_case";
  const takesPitches = phase?.rules.postKinds.includes("pitch");
  const takesReactions =
    phase !== null && participantsWrite(phase.rules) && phase.rules.postKinds.some((kind) => kind !== "pitch");
  const allErrors = [
    ...outbox.returned.map(
      (post) => `${t("faults.returned", { message: post.message })} (“${post.text.slice(0, 60)}”)`,
    ),
    ...errors,
  ];
  return (
    <div className={`container page ${styles.page}`} data-screen="participant">
      <header className={styles.header}>
        <div>
          <p className="eyebrow" data-testid="phase-name">
            {phase
              ? `${t("live.phaseOf", { number: (view.session.currentPhaseIndex ?? 0) + 1, total: view.phases.length })} · ${phase.title[locale]}`
              : t(`sessions.status.${view.session.status}`)}
          </p>
          <h1>{view.session.title}</h1>
          {view.me && <p className="muted">{t("live.you", { name: view.me.displayName })}</p>}
        </div>
        <div className={styles.headerSide}>
          {view.session.status === "running" && (
            <TimerDisplay timer={view.session.timer} offset={live.offset} soundByDefault={false} />
          )}
          <ConnectionBadge connection={live.connection} />
          <div className={styles.tools}>
            <Suspense fallback={null}>
              <LanguageSwitch />
            </Suspense>
            <Link href="/" className="button button-quiet button-small" title={t("live.leaveHint")}>
              {t("live.leave")}
            </Link>
          </div>
        </div>
      </header>
      <SavingPaused paused={live.savingPaused} />
      <ErrorToasts
        messages={allErrors}
        onDismiss={(index) =>
          index < outbox.returned.length
            ? outbox.dismissReturned(outbox.returned[index]?.clientId ?? "")
            : setErrors((current) => current.filter((_, i) => i !== index - outbox.returned.length))
        }
      />
      <MemberChoice view={view} emit={live.emit} />
      {view.session.status === "lobby" && (
        <section className="card">
          <h2>{t("live.lobbyTitle")}</h2>
          <p>{t("live.lobbyBody")}</p>
        </section>
      )}
      {view.session.status === "ended" && (
        <section className="card">
          <h2>{t("live.endedTitle")}</h2>
          <p>{t("live.endedBody")}</p>
          <p>
            <Link href={`/sessions/${sessionId}/report`} className="button button-secondary">
              {t("report.readReport")}
            </Link>
          </p>
        </section>
      )}
      {view.session.status === "running" && phase && (
        <div className={styles.layout}>
          <div className="stack">
            {!casePhase && <ChosenCase view={view} />}
            <PromptCard round={view.round} phase={phase} />
            <TurnBanner view={view} />
            <PhaseRulesNote phase={phase} view={view} />
            {phase.kind === "look_back" && <LookBack view={view} mode="participant" act={act} />}
            {takesPitches && <CasePitchForm view={view} phase={phase} emit={live.emit} onError={onError} />}
          </div>
          {/* The writing box heads the second column: beside the prompt on a laptop, right under it on a phone. */}
          <div className="stack">
            {takesReactions && (
              <Composer
                view={view}
                phase={phase}
                outbox={outbox.items}
                onSend={outbox.add}
                returned={outbox.returned}
                onRestored={outbox.markRestored}
                emit={live.emit}
                onError={onError}
              />
            )}
            {casePhase && <CaseBoard view={view} mode="participant" act={act} />}
            {phase.kind === "action_points" && (
              <ActionPointsPanel view={view} mode="participant" act={act} emit={live.emit} onError={onError} />
            )}
            {(view.me?.role === "note_taker" || view.notes.text) && (
              <NotesPanel view={view} canEdit={view.me?.role === "note_taker"} emit={live.emit} onError={onError} />
            )}
            {/* In a response phase, what it answers: the case owner labels the questions here. */}
            <ReactionList view={view} mode="participant" emit={live.emit} onError={onError} answered />
            {(takesReactions || view.reactions.length > 0 || view.pendingCount > 0) && (
              <ReactionList view={view} mode="participant" emit={live.emit} onError={onError} />
            )}
            {view.round?.revealed && view.me && (
              <p className="muted small">
                {view.me.votesLeft === 1
                  ? t("live.reactions.votesLeftOne")
                  : t("live.reactions.votesLeft", { count: view.me.votesLeft })}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
