"use client";

import { useI18n } from "@/app/_components/i18n-provider";
import type { Act } from "@/app/_hooks/use-live-session";
import { CollapsiblePanel } from "@/app/_live/collapsible-panel";
import { projectorList, projectorPages, shownPage, spotlighted } from "@/lib/domain/projector";
import type { SessionView } from "@/lib/domain/session-view";
import styles from "./projector-controls.module.css";

/**
 * What the projector shows besides the round: the join code again, the page of a long list of
 * reactions (the same pages as the projector's, from lib/domain/projector.ts), and the end of a
 * spotlight. A reaction is put in the spotlight from its card. Lead only, while the session runs.
 */
export function ProjectorControls({ view, act }: { view: SessionView; act: Act }) {
  const { t } = useI18n();
  const focus = view.session.projector;
  const pages = projectorPages(projectorList(view));
  const page = shownPage(focus.page, pages.length);
  const spotlight = spotlighted(focus, projectorList(view));
  const canJoin = !view.session.joinLocked;
  return (
    <CollapsiblePanel
      name="projector-controls"
      className="projector-controls"
      title={t("live.projectorControls.title")}
      label={t("live.projectorControls.title")}
    >
      {focus.join && canJoin && (
        <p role="status" className="small">
          {t("live.projectorControls.joinShown")}
        </p>
      )}
      {spotlight && (
        <p role="status" className="small">
          {t("live.projectorControls.spotlightShown")}
        </p>
      )}
      <div className="button-row">
        {canJoin && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={focus.join}
            onClick={() => act("projector:show", { show: "join", on: !focus.join })}
          >
            {t(focus.join ? "live.projectorControls.hideJoin" : "live.projectorControls.showJoin")}
          </button>
        )}
        {spotlight && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => act("projector:show", { show: "spotlight", reactionId: null })}
          >
            {t("live.projectorControls.endSpotlight")}
          </button>
        )}
      </div>
      {pages.length > 1 && (
        <div className={styles.pager}>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={page === 0}
            aria-label={t("live.projectorControls.previousPage")}
            onClick={() => act("projector:show", { show: "page", page: page - 1 })}
          >
            ◀
          </button>
          <span data-testid="cockpit-projector-page">
            {t("live.projectorControls.pageOf", { page: page + 1, total: pages.length })}
          </span>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={page >= pages.length - 1}
            aria-label={t("live.projectorControls.nextPage")}
            onClick={() => act("projector:show", { show: "page", page: page + 1 })}
          >
            ▶
          </button>
        </div>
      )}
    </CollapsiblePanel>
  );
}
