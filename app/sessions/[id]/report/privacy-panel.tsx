"use client";

import { useActionState } from "react";
import { deleteSessionAction, eraseParticipantAction } from "@/app/_actions/report";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";
import styles from "./report-panels.module.css";

interface Props {
  sessionId: string;
  live: boolean;
  participants: { id: string; name: string }[];
}

/** Erasure, for the facilitator who led the session: one participant's data, or the whole session. */
export function PrivacyPanel({ sessionId, live, participants }: Props) {
  const { t } = useI18n();
  return (
    <section className={`card ${styles.reportPrivacy}`} aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t("privacy.title")}</h2>
      <p className="muted">{t("privacy.lead")}</p>
      {live ? (
        <p className="notice">{t("privacy.liveNote")}</p>
      ) : (
        <div className={styles.privacyForms}>
          <EraseParticipantForm sessionId={sessionId} participants={participants} />
          <DeleteSessionForm sessionId={sessionId} />
        </div>
      )}
    </section>
  );
}

function EraseParticipantForm({ sessionId, participants }: Omit<Props, "live">) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(eraseParticipantAction, emptyFormState);
  return (
    <form action={action} className={styles.privacyForm} aria-labelledby="erase-title" data-testid="erase-participant">
      <h3 id="erase-title">{t("privacy.participants")}</h3>
      <p className="muted small">{t("privacy.participantsLead")}</p>
      <FormAlert error={state.formError} />
      <FormNotice notice={state.notice} />
      {participants.length === 0 ? (
        <p className="muted">{t("privacy.noParticipants")}</p>
      ) : (
        <>
          <input type="hidden" name="sessionId" value={sessionId} />
          <fieldset className="checks">
            <legend>{t("privacy.who")}</legend>
            {participants.map((participant) => (
              <label key={participant.id} className="check-row">
                <input
                  type="radio"
                  name="participantId"
                  value={participant.id}
                  defaultChecked={state.values.participantId === participant.id}
                  required
                />
                <span>{participant.name}</span>
              </label>
            ))}
            {state.fieldErrors.participantId && <p className="field-error">{t(state.fieldErrors.participantId)}</p>}
          </fieldset>
          <Confirm id="erase-confirm" error={state.fieldErrors.confirm} />
          <button type="submit" className="button button-danger" disabled={pending || !hydrated} aria-busy={pending}>
            {t("privacy.eraseParticipant")}
          </button>
        </>
      )}
    </form>
  );
}

function DeleteSessionForm({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(deleteSessionAction, emptyFormState);
  return (
    <form action={action} className={styles.privacyForm} aria-labelledby="delete-title" data-testid="delete-session">
      <h3 id="delete-title">{t("privacy.deleteSession")}</h3>
      <p className="muted small">{t("privacy.deleteLead")}</p>
      <FormAlert error={state.formError} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Confirm id="delete-confirm" error={state.fieldErrors.confirm} />
      <button type="submit" className="button button-danger" disabled={pending || !hydrated} aria-busy={pending}>
        {t("privacy.deleteAction")}
      </button>
    </form>
  );
}

function Confirm({ id, error }: { id: string; error?: Parameters<ReturnType<typeof useI18n>["t"]>[0] }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label className="check-row" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name="confirm"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span>{t("privacy.confirm")}</span>
      </label>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}
