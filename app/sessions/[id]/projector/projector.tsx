"use client";

import { useRef } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import { useLiveSession } from "@/app/_hooks/use-live-session";
import { ActionPointsPanel, LookBack } from "@/app/_live/action-points";
import { CaseBoard, ChosenCase } from "@/app/_live/case-board";
import { ConnectionBadge } from "@/app/_live/connection-badge";
import { JoinPanel } from "@/app/_live/join-panel";
import { PromptCard } from "@/app/_live/prompt-card";
import { ReactionList } from "@/app/_live/reaction-list";
import { SavingPaused } from "@/app/_live/saving-paused";
import { TimerDisplay } from "@/app/_live/timer-display";
import { TurnBanner } from "@/app/_live/turn-banner";
import { NO_FOCUS, projectorList, projectorPages, shownPage, spotlighted } from "@/lib/domain/projector";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import { FullscreenButton } from "./fullscreen-button";
import { JoinCorner } from "./join-corner";
import styles from "./projector.module.css";
import { Spotlight } from "./spotlight";
import { useFitScale } from "./use-fit-scale";

/** How far the projector's type may shrink to fit: reaction text stays at 28 px or more at 1080p. */
const MIN_FIT = 0.77;

interface Props {
  session: { id: string; title: string; joinCode: string; joinLocked: boolean };
  joinUrl: string;
  host: string;
  qrSvg: string;
  /** The view rendered on the server, before the live channel answers. */
  firstView: SessionView | null;
}

/**
 * Read-only, for the back of the room: the prompt in large type, the timer, whose turn it is, a page
 * of revealed reactions (or one in the spotlight), and the join code while people can still join.
 * Its type scales down so that a page always fits the screen, without scrolling.
 */
export function Projector({ session, joinUrl, host, qrSvg, firstView }: Props) {
  const { t, locale } = useI18n();
  const live = useLiveSession(session.id, "projector", firstView);
  const view = live.view;
  const phase = view ? viewPhase(view) : null;
  const focus = view?.session.projector ?? NO_FOCUS;
  const locked = view?.session.joinLocked ?? session.joinLocked;
  const running = view?.session.status === "running";
  const joining = !view || view.session.status === "lobby" || (running && focus.join && !locked);
  const pages = view ? projectorPages(projectorList(view)) : [];
  const pageIndex = shownPage(focus.page, pages.length);
  const spotlight = view ? spotlighted(focus, projectorList(view)) : null;
  const root = useRef<HTMLElement>(null);
  useFitScale(root, `${view?.version}:${pageIndex}:${spotlight?.id}:${joining}`, MIN_FIT);
  return (
    <section
      className={styles.projector}
      data-screen="projector"
      data-testid="projector"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: should a page ever outgrow the screen it scrolls, so it must be reachable from the keyboard (WCAG scrollable-region-focusable)
      tabIndex={0}
      aria-label={t("live.projector")}
      ref={root}
    >
      <header className={styles.header}>
        <div>
          <p className="eyebrow" data-testid="phase-name">
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
        <div className={styles.corner}>
          {running && !joining && !locked && (
            <JoinCorner code={session.joinCode} host={host} qrSvg={qrSvg} title={session.title} />
          )}
          {running && view && <TimerDisplay timer={view.session.timer} offset={live.offset} size="large" />}
          {live.connection !== "connected" && <ConnectionBadge connection={live.connection} />}
          <FullscreenButton />
        </div>
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
          locked={locked}
        />
      ) : view?.session.status === "ended" ? (
        <p className={styles.message}>{t("live.endedTitle")}</p>
      ) : spotlight ? (
        <Spotlight reaction={spotlight} />
      ) : (
        view && (
          <div className={styles.body}>
            {phase?.kind !== "pitch" && phase?.kind !== "choose_case" && <ChosenCase view={view} size="large" />}
            <PromptCard round={view.round} phase={phase} size="large" />
            <TurnBanner view={view} size="large" />
            {phase?.kind === "look_back" && <LookBack view={view} mode="projector" />}
            {(phase?.kind === "pitch" || phase?.kind === "choose_case") && <CaseBoard view={view} mode="projector" />}
            {phase?.kind === "action_points" && <ActionPointsPanel view={view} mode="projector" />}
            <ReactionList view={view} mode="projector" only={pages[pageIndex] ?? []} />
            {pages.length > 1 && (
              <p className={styles.page} data-testid="projector-page">
                {pageIndex + 1}/{pages.length}
              </p>
            )}
          </div>
        )
      )}
    </section>
  );
}
