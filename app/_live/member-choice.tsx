"use client";

import { useId, useState } from "react";
import { useI18n } from "@/app/_components/i18n-provider";
import type { Emit } from "@/app/_hooks/use-live-session";
import { useStoredState } from "@/app/_hooks/use-stored-state";
import type { SessionView } from "@/lib/domain/session-view";
import { storedBoolean } from "@/lib/stored-values";
import styles from "./member-choice.module.css";

/**
 * In a group's session, after joining: which member you are, or a guest. The join page names nobody
 * (a join code alone must not tell who is in the group); here the members are part of the view
 * anyway. Members someone else already is are not offered; the server checks again.
 */
export function MemberChoice({ view, emit }: { view: SessionView; emit: Emit }) {
  const { t } = useI18n();
  const id = useId();
  const me = view.me ? view.participants.find((participant) => participant.id === view.me?.participantId) : undefined;
  const [answered, setAnswered] = useStoredState(
    `kring-member-choice:${view.session.id}:${me?.id ?? ""}`,
    storedBoolean,
    () => false,
  );
  const [chosen, setChosen] = useState("guest");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  if (!view.group || !me || view.session.status === "ended") return null;
  if (me.groupMemberId) {
    const name = view.members.find((member) => member.id === me.groupMemberId)?.name;
    return name ? (
      <p className="muted small" role="status" data-testid="member-chosen">
        {t("memberChoice.chosen", { name })}
      </p>
    ) : null;
  }
  const taken = new Set(view.participants.map((participant) => participant.groupMemberId));
  const free = view.members.filter((member) => !taken.has(member.id));
  if (answered || free.length === 0) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (sending) return;
    // What the form holds is what is sent (the server checks it again).
    const answer = String(new FormData(event.currentTarget as HTMLFormElement).get("member") ?? "guest");
    if (answer === "guest") {
      setAnswered(true);
      return;
    }
    setSending(true);
    const result = await emit("participant:member", { groupMemberId: answer });
    setSending(false);
    if (!result.ok) setError(result.message || t("live.connection.offline"));
  };

  return (
    <section className="card member-choice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("memberChoice.title", { group: view.group.name })}</h2>
      <form onSubmit={submit} className="stack-small">
        <fieldset
          className={`field ${styles.whoAreYou}`}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
        >
          <legend>{t("memberChoice.legend")}</legend>
          <p className="field-hint" id={`${id}-hint`}>
            {t("memberChoice.hint")}
          </p>
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
          <div className={styles.options}>
            {[{ id: "guest", name: t("memberChoice.guest") }, ...free].map((option) => (
              <label key={option.id} className={styles.option}>
                <input
                  type="radio"
                  name="member"
                  value={option.id}
                  checked={chosen === option.id}
                  onChange={() => {
                    setChosen(option.id);
                    setError(null);
                  }}
                />{" "}
                {option.name}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={sending}>
          {t("memberChoice.confirm")}
        </button>
      </form>
    </section>
  );
}
