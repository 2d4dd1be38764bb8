"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import { useLiveSession } from "@/app/_hooks/use-live-session";
import { ActionPointsPanel, LookBack } from "@/app/_live/action-points";
import { CaseBoard, ChosenCase } from "@/app/_live/case-board";
import { JoinPanel } from "@/app/_live/join-panel";
import { PromptCard } from "@/app/_live/prompt-card";
import { ReactionList } from "@/app/_live/reaction-list";
import { SavingPaused } from "@/app/_live/saving-paused";
import { TimerDisplay } from "@/app/_live/timer-display";
import { TurnBanner } from "@/app/_live/turn-banner";
import { viewPhase } from "@/lib/domain/session-view";

interface Props {
  session: { id: string; title: string; joinCode: string; joinLocked: boolean };
  joinUrl: string;
  host: string;
  qrSvg: string;
}

/** Read-only, for the back of the room: the prompt in large type, the timer, whose turn it is, revealed reactions. */
export function Projector({ session, joinUrl, host, qrSvg }: Props) {
  const { t, locale } = useI18n();
  const live = useLiveSession(session.id, "projector");
  const view = live.view;
  const phase = view ? viewPhase(view) : null;
  const joining = !view || view.session.status === "lobby";
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls when many reactions are revealed, so it must be reachable from the keyboard (WCAG scrollable-region-focusable)
    <section className="projector" data-testid="projector" tabIndex={0} aria-label={t("live.projector")}>
      <header className="projector-header">
        <div>
          <p className="eyebrow">
            {phase
              ? phase.title[locale]
              : view?.session.joinLocked && view.session.status === "lobby"
                ? t("sessions.status.lobbyClosed")
                : view
                  ? t(`sessions.status.${view.session.status}`)
                  : ""}
          </p>
          <h1>{session.title}</h1>
        </div>
        {view?.session.status === "running" && (
          <TimerDisplay timer={view.session.timer} offset={live.offset} size="large" />
        )}
      </header>
      <SavingPaused paused={live.savingPaused} />
      {joining ? (
        <JoinPanel
          code={session.joinCode}
          joinUrl={joinUrl}
          host={host}
          qrSvg={qrSvg}
          title={session.title}
          size="large"
          locked={view?.session.joinLocked ?? session.joinLocked}
        />
      ) : view?.session.status === "ended" ? (
        <p className="projector-message">{t("live.endedTitle")}</p>
      ) : (
        view && (
          <div className="projector-body">
            {phase?.kind !== "pitch" && phase?.kind !== "choose_case" && <ChosenCase view={view} size="large" />}
            <PromptCard round={view.round} phase={phase} size="large" />
            <TurnBanner view={view} size="large" />
            {phase?.kind === "look_back" && <LookBack view={view} mode="projector" />}
            {(phase?.kind === "pitch" || phase?.kind === "choose_case") && <CaseBoard view={view} mode="projector" />}
            {phase?.kind === "action_points" && <ActionPointsPanel view={view} mode="projector" />}
            <ReactionList view={view} mode="projector" />
          </div>
        )
      )}
    </section>
  );
}
