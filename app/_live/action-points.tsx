"use client";

import { useId, useState } from "react";
import compactSelect from "@/app/_components/compact-select.module.css";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Act, Emit } from "@/app/_hooks/use-live-session";
import { useStoredState } from "@/app/_hooks/use-stored-state";
import { calendarDay, isOverdue } from "@/lib/domain/due-date";
import {
  type ActionPointRecord,
  type ActionPointStatus,
  actionPointStatuses,
  mayChangeActionPoint,
} from "@/lib/domain/intervision";
import { type ActionSource, type SessionView, viewPhase } from "@/lib/domain/session-view";
import { formatDayShort } from "@/lib/i18n/format";
import { ACTION_LIMIT } from "@/lib/limits";
import type { ActionOwnerInput } from "@/lib/schemas/live";
import { storedRecord, storedText, storedUuid } from "@/lib/stored-values";
import { randomUuid } from "@/lib/uuid";
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

/** What is typed into the form for a new action point, kept until it is added (useStoredState). */
type ActionDraft = {
  text: string;
  owner: string;
  dueDate: string;
  source: string;
  clientId: string;
};
const storedActionDraft = storedRecord<ActionDraft>({
  text: storedText(ACTION_LIMIT),
  owner: storedText(200),
  dueDate: storedText(10),
  source: storedText(64),
  clientId: storedUuid,
});

/** A reaction an action point can be made from; round 0: the current round, not labelled. */
type Source = Pick<ActionSource, "id" | "text" | "round" | "lessonNumber">;

function ActionPointForm({
  view,
  emit,
  onError,
}: {
  view: SessionView;
  emit: Emit;
  onError: (message: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const me = view.me ? `participant:${view.me.participantId}` : "";
  // The lead's form moves into the main column when the action-point phase starts: the draft is
  // kept apart from the form, so nothing typed is lost on the way (or on a reload).
  const [draft, setDraft] = useStoredState(
    `kring-action-draft:${view.session.id}:${me || "lead"}`,
    storedActionDraft,
    () => ({
      text: "",
      owner: me,
      dueDate: "",
      source: "",
      clientId: randomUuid(),
    }),
  );
  const { text, owner, dueDate, source, clientId } = draft;
  const change = (fields: Partial<ActionDraft>) => setDraft({ ...draft, ...fields });
  const [sending, setSending] = useState(false);
  // In the action-points phase: every readable reaction of the session, newest round first;
  // elsewhere (the lead's side panel) the current round's.
  const sources: Source[] =
    view.actionSources.length > 0
      ? view.actionSources
      : view.reactions
          .filter((reaction) => reaction.visibility === "revealed")
          .map((reaction) => ({ ...reaction, round: 0, lessonNumber: null }));
  const rounds = [...new Set(sources.map((source) => source.round))];
  const roundLabel = (source: Source) =>
    source.lessonNumber !== null
      ? t("live.actions.sourceRoundLesson", { round: source.round, number: source.lessonNumber })
      : t("live.actions.sourceRound", { round: source.round });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (text.trim().length === 0 || sending) return;
    const [kind, ownerId] = owner.split(":");
    const ownerInput: ActionOwnerInput =
      (kind === "participant" || kind === "member") && ownerId ? { kind, id: ownerId } : null;
    setSending(true);
    const result = await emit("action:add", {
      clientId,
      text: text.trim(),
      owner: ownerInput,
      dueDate: dueDate || null,
      sourceReactionId: source || null,
    });
    setSending(false);
    if (!result.ok) {
      onError(result.message || t("live.connection.offline"));
      return;
    }
    setDraft({ text: "", owner, dueDate: "", source: "", clientId: randomUuid() });
  };

  return (
    <form className="action-form stack-small" onSubmit={submit} aria-label={t("live.actions.add")} noValidate>
      {sources.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-source`}>{t("live.actions.source")}</label>
          <select
            id={`${id}-source`}
            value={source}
            onChange={(event) => {
              const picked = sources.find((reaction) => reaction.id === event.target.value);
              change({
                source: event.target.value,
                ...(picked && text.trim().length === 0 ? { text: picked.text.slice(0, ACTION_LIMIT) } : {}),
              });
            }}
          >
            <option value="">{t("live.actions.noSource")}</option>
            {rounds.map((round) => {
              const options = sources
                .filter((source) => source.round === round)
                .map((source) => (
                  <option key={source.id} value={source.id}>
                    {source.text.length > 80 ? `${source.text.slice(0, 80)}…` : source.text}
                  </option>
                ));
              const first = sources.find((source) => source.round === round);
              return round === 0 || !first ? (
                options
              ) : (
                <optgroup key={round} label={roundLabel(first)}>
                  {options}
                </optgroup>
              );
            })}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("live.actions.text")}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={ACTION_LIMIT}
          onChange={(event) => change({ text: event.target.value })}
        />
      </div>
      <div className={styles.fieldRow}>
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t("live.actions.owner")}</label>
          <select id={`${id}-owner`} value={owner} onChange={(event) => change({ owner: event.target.value })}>
            <option value="">{t("live.actions.noOwner")}</option>
            <optgroup label={t("live.actions.participantsGroup")}>
              {view.participants.map((participant) => (
                <option key={participant.id} value={`participant:${participant.id}`}>
                  {participant.displayName}
                </option>
              ))}
            </optgroup>
            {view.members.length > 0 && (
              <optgroup label={t("live.actions.membersGroup")}>
                {view.members.map((member) => (
                  <option key={member.id} value={`member:${member.id}`}>
                    {member.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("live.actions.due")}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={dueDate}
            min={calendarDay(new Date())}
            onChange={(event) => change({ dueDate: event.target.value })}
          />
        </div>
      </div>
      <button type="submit" className="button" disabled={sending || text.trim().length === 0}>
        {t("live.actions.add")}
      </button>
    </form>
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
