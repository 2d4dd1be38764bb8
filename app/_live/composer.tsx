"use client";

import { useEffect, useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { LiveCommands } from "@/app/_hooks/use-live-session";
import type { OutboxItem, ReturnedPost } from "@/app/_hooks/use-outbox";
import { useStoredState } from "@/app/_hooks/use-stored-state";
import { checkPost } from "@/lib/domain/reaction-rules";
import type { PhaseView, SessionView } from "@/lib/domain/session-view";
import { LIMITS } from "@/lib/limits";
import type { PostKind } from "@/lib/schemas/phase-rules";
import { storedText } from "@/lib/stored-values";
import { OwnReactions } from "./own-reactions";
import styles from "./reactions.module.css";

interface Props extends LiveCommands {
  view: SessionView;
  phase: PhaseView;
  outbox: readonly OutboxItem[];
  onSend: (item: { roundId: string; kind: PostKind; text: string }) => void;
  /** Posts the server refused for good: their text comes back into the box. */
  returned: readonly (ReturnedPost & { restored: boolean })[];
  onRestored: (clientId: string) => void;
}

const draftKey = (sessionId: string) => `kring-draft:${sessionId}`;
const storedDraft = storedText(LIMITS.reactionText);

/**
 * Where a participant writes: the kinds the phase allows, a draft that survives a reload, what is
 * still on its way (pending) and what arrived, and their own reactions while they can still change.
 */
export function Composer({ view, phase, outbox, onSend, returned, onRestored, emit, onError }: Props) {
  const { t } = useI18n();
  const id = useId();
  const kinds = phase.rules.postKinds;
  const [kind, setKind] = useState<PostKind | undefined>(kinds[0]);
  const [text, updateText] = useStoredState(draftKey(view.session.id), storedDraft, () => "");
  useEffect(() => {
    if (!kind || !kinds.includes(kind)) setKind(kinds[0]);
  }, [kinds, kind]);
  // A refused post is never lost: its text goes back into the box, after what is typed there now.
  useEffect(() => {
    const waiting = returned.filter((post) => !post.restored);
    if (waiting.length === 0) return;
    const back = waiting.map((post) => post.text).join("\n\n");
    updateText((text.trim() ? `${text}\n\n${back}` : back).slice(0, LIMITS.reactionText));
    for (const post of waiting) onRestored(post.clientId);
  }, [returned, text, updateText, onRestored]);
  const me = view.me;
  const round = view.round;
  const waiting = outbox.filter((item) => item.roundId === round?.id);
  const postsSoFar =
    (me?.postsLeft === null || !phase.rules.quota ? 0 : phase.rules.quota - (me?.postsLeft ?? 0)) + waiting.length;
  const verdict = me && kind ? checkPost(phase.rules, me.role, kind, postsSoFar) : null;
  const closed = !round || (round.revealed && (phase.rules.hiddenUntilReveal || phase.rules.anonymous));
  const canWrite = verdict?.ok === true && !closed;
  // A box that still holds text stays (disabled), so nothing typed disappears from view.
  const closedForGood = closed && round !== null && text.trim() === "" && waiting.length === 0;
  const send = (event: React.FormEvent | React.KeyboardEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!round || !kind || !canWrite || trimmed.length === 0) return;
    onSend({ roundId: round.id, kind, text: trimmed });
    updateText("");
  };
  return (
    <section className={`${styles.composer} card`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("live.composer.label")}</h2>
      {kinds.length > 1 && (
        <fieldset className={styles.kindPicker}>
          <legend>{t("live.composer.kindLabel")}</legend>
          {kinds.map((option) => (
            <label key={option} className={`${styles.chip} ${kind === option ? styles.chipSelected : ""}`}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {t(`live.kinds.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      {closedForGood ? (
        // After the reveal nothing more can be added: no greyed-out box, the phase note says why.
        <p className="muted small" data-testid="composer-closed">
          {t("live.composer.closed")}
        </p>
      ) : (
        <form onSubmit={send}>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {t("live.composer.label")}
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => updateText(event.target.value)}
            maxLength={LIMITS.reactionText}
            rows={4}
            placeholder={t("live.composer.placeholder")}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send(event);
            }}
            disabled={!canWrite}
            aria-describedby={`${id}-count`}
          />
          <div className={styles.footer}>
            <span id={`${id}-count`} className="muted small">
              {t("live.composer.characters", { count: text.length, max: LIMITS.reactionText })}
              <span className={styles.sendHint}> · {t("live.composer.sendHint")}</span>
            </span>
            <button type="submit" className="button" disabled={!canWrite || text.trim().length === 0}>
              {t("live.composer.send")}
            </button>
          </div>
        </form>
      )}
      {waiting.length > 0 && (
        <ul className={styles.outbox} aria-label={t("live.composer.pending")}>
          {waiting.map((item) => (
            <li key={item.clientId} data-testid="outbox-item">
              <span className={styles.outboxState}>
                {item.state === "sending" ? t("live.composer.sending") : t("live.composer.pending")}
              </span>{" "}
              {item.text}
            </li>
          ))}
        </ul>
      )}
      <OwnReactions view={view} emit={emit} onError={onError} />
    </section>
  );
}
