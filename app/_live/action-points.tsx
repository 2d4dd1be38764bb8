"use client";

import { useId, useState } from "react";
import compactSelect from "@/app/_components/compact-select.module.css";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Act, Emit } from "@/app/_hooks/use-live-session";
import { isOverdue } from "@/lib/domain/due-date";
import {
  type ActionPointRecord,
  type ActionPointStatus,
  actionPointStatuses,
  mayChangeActionPoint,
} from "@/lib/domain/intervision";
import { type SessionView, viewPhase } from "@/lib/domain/session-view";
import { formatDayShort } from "@/lib/i18n/format";
import { ACTION_LIMIT } from "@/lib/limits";
import { ActionPointForm } from "./action-point-form";
import styles from "./action-points.module.css";

type Mode = "lead" | "participant" | "projector";

/** A point's look by its state: a done one struck through, a dropped one faded. */
const statusClass: Record<ActionPointStatus, string | undefined> = {
  open: "",
  done: styles.done,
  dropped: styles.dropped,
};

/** Who is looking, as the action-point rule needs it (lib/domain/intervision). */
function actorOf(view: SessionView, mode: Mode) {
  if (mode === "lead") return { role: "lead" as const };
  const me = view.me;
  if (!me) return null;
  const self = view.participants.find((participant) => participant.id === me.participantId);
  return { role: "participant" as const, participantId: me.participantId, groupMemberId: self?.groupMemberId ?? null };
}

/** A list of action points; each can change status when the viewer may change it. */
export function ActionPointList({
  points,
  view,
  mode,
  act,
  showSession = false,
}: {
  points: ActionPointRecord[];
  view: SessionView;
  mode: Mode;
  act?: Act;
  showSession?: boolean;
}) {
  const actor = actorOf(view, mode);
  return (
    <ul className={styles.list}>
      {points.map((point) => (
        <ActionPointItem
          key={point.id}
          point={point}
          act={act && actor && mayChangeActionPoint(point, actor) ? act : undefined}
          showSession={showSession}
        />
      ))}
    </ul>
  );
}

/** One action point: what, who, by when, status; whoever may change it can edit it in place. */
function ActionPointItem({ point, act, showSession }: { point: ActionPointRecord; act?: Act; showSession: boolean }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(point.text);
  const [dueDate, setDueDate] = useState(point.dueDate ?? "");
  const overdue = isOverdue(point, new Date());
  if (editing && act) {
    return (
      <li className={styles.item} data-testid="action-point">
        <form
          className={`${styles.edit} stack-small`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim().length === 0) return;
            act("action:update", {
              actionPointId: point.id,
              ...(text.trim() !== point.text ? { text: text.trim() } : {}),
              ...((dueDate || null) !== point.dueDate ? { dueDate: dueDate || null } : {}),
            });
            setEditing(false);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-text`}>{t("live.actions.text")}</label>
            <input id={`${id}-text`} value={text} maxLength={ACTION_LIMIT} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t("live.actions.due")}</label>
            <input id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-small">
              {t("live.composer.save")}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setEditing(false)}>
              {t("live.composer.cancel")}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={`${styles.item} ${statusClass[point.status] ?? ""}`} data-testid="action-point">
      <div className={styles.body}>
        <p className={styles.text}>{point.text}</p>
        <p className="muted small">
          {point.ownerName || t("live.actions.noOwner")}
          {point.dueDate && ` · ${t("live.actions.dueOn", { date: formatDayShort(locale, point.dueDate) })}`}
          {overdue && <span className="badge badge-warning"> {t("live.actions.overdue")}</span>}
          {showSession && ` · ${t("live.actions.fromSession", { title: point.sessionTitle })}`}
        </p>
      </div>
      {act ? (
        <div className={styles.controls}>
          <select
            className={compactSelect.select}
            aria-label={t("live.actions.statusOf", { text: point.text })}
            value={point.status}
            onChange={(event) =>
              act("action:update", {
                actionPointId: point.id,
                status: event.target.value as ActionPointRecord["status"],
              })
            }
          >
            {actionPointStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`live.actions.${status}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={t("live.actions.editOf", { text: point.text })}
            onClick={() => {
              setText(point.text);
              setDueDate(point.dueDate ?? "");
              setEditing(true);
            }}
          >
            {t("live.composer.edit")}
          </button>
        </div>
      ) : (
        <span className={`badge status-${point.status}`}>{t(`live.actions.${point.status}`)}</span>
      )}
    </li>
  );
}

/** The session's action points, and (for whoever may) a form to add one, fresh or from a reaction. */
export function ActionPointsPanel({
  view,
  mode,
  act,
  emit,
  onError,
}: {
  view: SessionView;
  mode: Mode;
  act?: Act;
  emit?: Emit;
  onError?: (message: string) => void;
}) {
  const { t } = useI18n();
  const phaseKind = viewPhase(view)?.kind;
  const mayAdd = emit && (mode === "lead" || (mode === "participant" && phaseKind === "action_points"));
  return (
    <section className="card action-points" aria-labelledby="actions-title" data-testid="action-points">
      <h2 id="actions-title">{t("live.actions.title")}</h2>
      {view.actionPoints.length === 0 ? (
        <p className="muted">{t("live.actions.none")}</p>
      ) : (
        <ActionPointList points={view.actionPoints} view={view} mode={mode} act={act} />
      )}
      {mayAdd && emit && onError && <ActionPointForm view={view} emit={emit} onError={onError} />}
    </section>
  );
}

/** Looking back: the group's open action points from earlier sessions, which their owners update now. */
export function LookBack({ view, mode, act }: { view: SessionView; mode: Mode; act?: Act }) {
  const { t } = useI18n();
  return (
    <section className="card look-back" aria-labelledby="look-back-title" data-testid="look-back">
      <h2 id="look-back-title">{t("live.actions.lookBackTitle")}</h2>
      {view.lookBack.length === 0 ? (
        <p className="muted">{t("live.actions.lookBackNone")}</p>
      ) : (
        <ActionPointList points={view.lookBack} view={view} mode={mode} act={act} showSession />
      )}
    </section>
  );
}
