"use client";

import { useEffect, useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { LiveCommands } from "@/app/_hooks/use-live-session";
import type { SessionView } from "@/lib/domain/session-view";
import { NOTES_LIMIT } from "@/lib/limits";
import { CollapsiblePanel } from "./collapsible-panel";
import styles from "./notes-panel.module.css";

/**
 * The shared session notes. The note taker and the facilitator write; everyone else reads along.
 * A save names the version it was written on: if someone else saved in between, the server refuses
 * it, this panel shows their newest version next to the writer's own text, and the writer decides.
 */
export function NotesPanel({
  view,
  canEdit,
  emit,
  onError,
}: {
  view: SessionView;
  canEdit: boolean;
} & LiveCommands) {
  const { t } = useI18n();
  const id = useId();
  const { notes } = view;
  const [draft, setDraft] = useState(notes.text);
  /** The stored version the draft was written on, and its text. */
  const [base, setBase] = useState({ version: notes.version, text: notes.text });
  const [saving, setSaving] = useState(false);
  const dirty = draft !== base.text;
  // Someone else saved while we were writing: show their version; the writer decides.
  const conflict = dirty && notes.version !== base.version;

  // A newer stored version arrives: follow it while nothing of ours is unsaved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the stored notes only
  useEffect(() => {
    if (draft === base.text) {
      setDraft(notes.text);
      setBase({ version: notes.version, text: notes.text });
    }
  }, [notes.version, notes.text]);

  const save = async (text: string, baseVersion: number) => {
    setSaving(true);
    const result = await emit("notes:update", { text, baseVersion });
    setSaving(false);
    if (result.ok) setBase({ version: result.data.notesVersion, text });
    // On notes_conflict the newer version is on its way; the conflict box shows it.
    else onError(result.message || t("live.connection.offline"));
  };

  if (!canEdit) {
    return (
      <section className="card notes" aria-labelledby={`${id}-title`} data-testid="notes">
        <h2 id={`${id}-title`}>{t("live.notes.title")}</h2>
        {notes.text ? <p className={styles.text}>{notes.text}</p> : <p className="muted">{t("live.notes.empty")}</p>}
        <p className="muted small">{t("live.notes.readonly")}</p>
      </section>
    );
  }
  return (
    <CollapsiblePanel
      name="notes"
      className="notes"
      testId="notes"
      title={t("live.notes.title")}
      label={t("live.notes.title")}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft, base.version);
        }}
        className="stack-small"
      >
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t("live.notes.title")}
        </label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={draft}
          maxLength={NOTES_LIMIT}
          onChange={(event) => setDraft(event.target.value)}
        />
        {conflict && (
          <div className={styles.conflict} data-testid="notes-conflict">
            <p className="eyebrow">{t("live.notes.theirs")}</p>
            <p className={styles.text}>{notes.text}</p>
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  setDraft(notes.text);
                  setBase({ version: notes.version, text: notes.text });
                }}
              >
                {t("live.notes.useTheirs")}
              </button>
              <button type="button" className="button button-small" onClick={() => void save(draft, notes.version)}>
                {t("live.notes.keepMine")}
              </button>
            </div>
          </div>
        )}
        <div className={styles.footer}>
          <span className="muted small">
            {notes.updatedByName ? t("live.notes.lastBy", { name: notes.updatedByName }) : ""}
          </span>
          <button type="submit" className="button" disabled={saving || !dirty || conflict}>
            {dirty ? t("live.notes.save") : t("live.notes.saved")}
          </button>
        </div>
      </form>
    </CollapsiblePanel>
  );
}
