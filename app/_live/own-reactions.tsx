"use client";

import { useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Emit, LiveCommands } from "@/app/_hooks/use-live-session";
import type { ReactionView, SessionView } from "@/lib/domain/session-view";
import styles from "./reactions.module.css";

/** A participant's own reactions that are not revealed yet: delivered, and still editable or withdrawable. */
export function OwnReactions({
  view,
  emit,
  onError,
}: {
  view: SessionView;
} & LiveCommands) {
  const { t } = useI18n();
  const mine = view.reactions.filter((reaction) => reaction.mine && reaction.visibility === "pending");
  if (mine.length === 0) return null;
  return (
    <section className={styles.own} aria-labelledby="own-title">
      <h3 id="own-title">{t("live.composer.mine")}</h3>
      <p className="muted small">{t("live.composer.editableUntilReveal")}</p>
      <ul>
        {mine.map((reaction) => (
          <OwnReaction key={reaction.id} reaction={reaction} emit={emit} onError={onError} />
        ))}
      </ul>
    </section>
  );
}

function OwnReaction({
  reaction,
  emit,
  onError,
}: {
  reaction: ReactionView;
} & LiveCommands) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reaction.text);
  const run = async (action: ReturnType<Emit>) => {
    const result = await action;
    if (!result.ok && result.message) onError(result.message);
    return result.ok;
  };
  return (
    <li className={styles.ownReaction} data-testid="own-reaction">
      <p className={styles.meta}>
        <span className="kind-badge">{t(`live.kinds.${reaction.kind}`)}</span>
        <span className={styles.delivered}>✓ {t("live.composer.delivered")}</span>
      </p>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(emit("reaction:edit", { reactionId: reaction.id, text }))) setEditing(false);
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${reaction.id}`}>
            {t("live.composer.edit")}
          </label>
          <textarea
            id={`edit-${reaction.id}`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={3}
            maxLength={2000}
          />
          <div className="button-row">
            <button type="submit" className="button button-small">
              {t("live.composer.save")}
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setEditing(false)}>
              {t("live.composer.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className={styles.text}>{reaction.text}</p>
          <div className="button-row">
            <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
              {t("live.composer.edit")}
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => void run(emit("reaction:withdraw", { reactionId: reaction.id }))}
            >
              {t("live.composer.withdraw")}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
