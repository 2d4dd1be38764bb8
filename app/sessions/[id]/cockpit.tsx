"use client";

import Link from "next/link";
import { Suspense, useCallback, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { useLiveSession } from "@/app/_hooks/use-live-session";
import { ActionPointsPanel, LookBack } from "@/app/_live/action-points";
import { CaseBoard, ChosenCase } from "@/app/_live/case-board";
import { CommandError, CommandErrorsProvider, useCommands } from "@/app/_live/command-errors";
import { ConnectionBadge } from "@/app/_live/connection-badge";
import { ErrorToasts } from "@/app/_live/error-toasts";
import { JoinPanel } from "@/app/_live/join-panel";
import { NotesPanel } from "@/app/_live/notes-panel";
import { PromptCard } from "@/app/_live/prompt-card";
import { ReactionList } from "@/app/_live/reaction-list";
import { SavingPaused } from "@/app/_live/saving-paused";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import { BalancePanel } from "./balance-panel";
import { CaseProposalsPanel, WaitingProposals } from "./case-proposals-panel";
import styles from "./cockpit.module.css";
import { DealControls, type LessonOption } from "./deal-controls";
import { JoinLockControl } from "./join-lock-control";
import { LessonSuggestions } from "./lesson-suggestions";
import { LobbyChecklist } from "./lobby-checklist";
import { ParticipantsPanel } from "./participants-panel";
import { PhaseControls } from "./phase-controls";
import { ProjectorControls } from "./projector-controls";
import { ShortcutsHelp } from "./shortcuts-help";
import { TimerControls } from "./timer-controls";
import { TurnControls } from "./turn-controls";
import { useCockpitShortcuts } from "./use-cockpit-shortcuts";

interface Props {
  session: { id: string; title: string; joinCode: string; group: { id: string; name: string } | null };
  joinUrl: string;
  host: string;
  qrSvg: string;
  lessons: LessonOption[];
  /** The view rendered on the server, before the live channel answers. */
  firstView: SessionView | null;
}

/**
 * The facilitator's cockpit: the phase plan on one side, the prompt and the round's reactions in the
 * middle, the timer, people and speaking order on the other side. Every control is one click away.
 */
export function Cockpit({ session, joinUrl, host, qrSvg, lessons, firstView }: Props) {
  const { t, locale } = useI18n();
  const live = useLiveSession(session.id, "lead", firstView);
  const [errors, setErrors] = useState<string[]>([]);
  const onError = useCallback((message: string) => setErrors((current) => [...current, message]), []);
  const { act, state: commandErrors } = useCommands(live.emit, t("live.connection.offline"));
  const view = live.view;
  const [helpOpen, setHelpOpen] = useState(false);
  useCockpitShortcuts(view, act, () => setHelpOpen(true));
  const phase = view ? viewPhase(view) : null;
  // The same panel in the lobby card and, once running, under a disclosure in the side column.
  const joinPanel = view && (
    <JoinPanel
      code={session.joinCode}
      joinUrl={joinUrl}
      host={host}
      qrSvg={qrSvg}
      title={session.title}
      locked={view.session.joinLocked}
    />
  );
  const casePhase = phase?.kind === "pitch" || phase?.kind === "choose_case";
  return (
    <CommandErrorsProvider state={commandErrors}>
      <div className="cockpit-page">
        <header className={`${styles.header} ${styles.wide}`}>
          <div>
            <p className="eyebrow">
              <Link href="/dashboard" data-testid="cockpit-back">
                {t("common.dashboard")}
              </Link>{" "}
              · {view ? t(`sessions.status.${view.session.status}`) : t("live.connection.connecting")}
            </p>
            <h1>{session.title}</h1>
            {session.group && (
              <p className={styles.group} data-testid="session-group">
                {t("sessions.group")}: <Link href={`/groups/${session.group.id}`}>{session.group.name}</Link>
              </p>
            )}
          </div>
          <div className={styles.headerSide}>
            <ConnectionBadge connection={live.connection} />
            <Suspense>
              <LanguageSwitch />
            </Suspense>
            <button
              type="button"
              className="button button-quiet"
              aria-keyshortcuts="?"
              onClick={() => setHelpOpen(true)}
            >
              {t("live.shortcuts.open")}
            </button>
            <Link href={`/sessions/${session.id}/projector`} target="_blank" className="button button-secondary">
              {t("live.openProjector")}
            </Link>
            <Link href={`/sessions/${session.id}/report`} className="button button-secondary">
              {t("report.open")}
            </Link>
          </div>
        </header>
        <div className={styles.wide}>
          <SavingPaused paused={live.savingPaused} />
        </div>
        <div className={styles.wide}>
          <ErrorToasts
            messages={errors}
            onDismiss={(index) => setErrors((current) => current.filter((_, i) => i !== index))}
          />
        </div>
        <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
        {view && (
          <div className={`${styles.cockpit} ${styles.wide}`}>
            <PhaseControls view={view} act={act} />
            <section className="stack" data-testid="cockpit-main" aria-label={t("live.prompt.label")}>
              {view.session.status === "lobby" && (
                <section className="card">
                  <h2>{t("live.lobbyTitle")}</h2>
                  <p>{t("live.lobbyBody")}</p>
                  <LobbyChecklist view={view} sessionId={session.id} />
                  <p>
                    <Link href={`/sessions/${session.id}/plan`} className="button button-secondary button-small">
                      {t("plan.edit")}
                    </Link>
                  </p>
                  {joinPanel}
                </section>
              )}
              {view.session.status === "lobby" && view.proposals && (
                <CaseProposalsPanel
                  proposals={view.proposals}
                  bringInUrl={`${joinUrl}/case`}
                  invitationUrl={`/sessions/${session.id}/invite`}
                  withLessons={lessons.length > 0}
                  connected={live.connection === "connected"}
                  emit={live.emit}
                />
              )}
              {view.session.status === "ended" && (
                <section className="card">
                  <h2>{t("live.endedTitle")}</h2>
                </section>
              )}
              {view.session.status === "running" && phase && (
                <>
                  <p className={styles.phaseHeading}>
                    {t("live.phaseOf", {
                      number: (view.session.currentPhaseIndex ?? 0) + 1,
                      total: view.phases.length,
                    })}{" "}
                    · <strong>{phase.title[locale]}</strong>
                  </p>
                  {!casePhase && <ChosenCase view={view} />}
                  {phase.kind === "look_back" && <LookBack view={view} mode="lead" act={act} />}
                  {(casePhase || (view.cases.length > 0 && !view.chosenCase)) && (
                    <CaseBoard view={view} mode="lead" act={act} />
                  )}
                  {casePhase && !view.chosenCase && view.proposals && <WaitingProposals proposals={view.proposals} />}
                  <CommandError events={["case:", "action:"]} />
                  <div className={`card ${styles.prompt}`}>
                    <PromptCard round={view.round} phase={phase} />
                    <DealControls
                      lessons={lessons}
                      dealt={view.dealtLessonIds}
                      current={view.round?.lesson?.id ?? null}
                      act={act}
                    />
                    <CommandError events={["card:"]} />
                  </div>
                  {lessons.length > 0 && (
                    <LessonSuggestions
                      cases={view.cases}
                      chosen={view.chosenCase}
                      dealt={view.dealtLessonIds}
                      lessonOnTable={Boolean(view.round?.lesson)}
                      connected={live.connection === "connected"}
                      emit={live.emit}
                      act={act}
                    />
                  )}
                  {phase.kind === "action_points" && (
                    <ActionPointsPanel view={view} mode="lead" act={act} emit={live.emit} onError={onError} />
                  )}
                  {view.answered && view.answered.reactions.length > 0 && (
                    <div className="card">
                      <ReactionList view={view} mode="lead" emit={live.emit} onError={onError} answered />
                    </div>
                  )}
                  <div className="card">
                    {view.round && !view.round.revealed && view.pendingCount > 0 && (
                      <button
                        type="button"
                        className={`button ${styles.revealButton}`}
                        onClick={() => act("round:reveal", {})}
                      >
                        {t("live.reactions.revealCount", { count: view.pendingCount })}
                      </button>
                    )}
                    {view.round && view.reactions.some((reaction) => reaction.visibility === "revealed") && (
                      <button
                        type="button"
                        className={`button button-secondary button-small ${styles.votingButton}`}
                        onClick={() => act("round:voting", { closed: !view.round?.votingClosed })}
                      >
                        {view.round.votingClosed ? t("live.reactions.reopenVoting") : t("live.reactions.closeVoting")}
                      </button>
                    )}
                    <CommandError events={["round:"]} />
                    <ReactionList view={view} mode="lead" emit={live.emit} onError={onError} />
                  </div>
                </>
              )}
            </section>
            <aside className={`${styles.side} stack`} data-testid="cockpit-side">
              {view.session.status === "running" && (
                <TimerControls timer={view.session.timer} offset={live.offset} act={act} />
              )}
              <CommandError events={["timer:"]} />
              {view.session.status === "running" && <ProjectorControls view={view} act={act} />}
              <CommandError events={["projector:"]} />
              <ParticipantsPanel view={view} act={act} />
              <CommandError events={["participant:", "role:"]} />
              {view.session.status !== "lobby" && <BalancePanel view={view} offset={live.offset} />}
              {view.session.status !== "ended" && <JoinLockControl locked={view.session.joinLocked} act={act} />}
              <CommandError events={["session:lock"]} />
              {view.session.status === "running" && <TurnControls view={view} act={act} />}
              <CommandError events={["turns:"]} />
              {view.session.status === "running" && phase?.kind !== "action_points" && (
                <ActionPointsPanel view={view} mode="lead" act={act} emit={live.emit} onError={onError} />
              )}
              {view.session.status !== "lobby" && (
                <NotesPanel
                  view={view}
                  canEdit={view.session.status === "running"}
                  emit={live.emit}
                  onError={onError}
                />
              )}
              {view.session.status === "running" && (
                <details className="card">
                  <summary>{t("live.joinCode")}</summary>
                  {joinPanel}
                </details>
              )}
            </aside>
          </div>
        )}
      </div>
    </CommandErrorsProvider>
  );
}
