"use client";

import { useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { LiveCommands } from "@/app/_hooks/use-live-session";
import { useStoredState } from "@/app/_hooks/use-stored-state";
import { calendarDay } from "@/lib/domain/due-date";
import type { ActionSource, SessionView } from "@/lib/domain/session-view";
import { ACTION_LIMIT } from "@/lib/limits";
import type { ActionOwnerInput } from "@/lib/schemas/live";
import { storedRecord, storedText, storedUuid } from "@/lib/stored-values";
import { randomUuid } from "@/lib/uuid";
import styles from "./action-points.module.css";

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

export function ActionPointForm({
  view,
  emit,
  onError,
}: {
  view: SessionView;
} & LiveCommands) {
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
