"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { createSessionAction } from "@/app/_actions/sessions";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";

interface Props {
  methods: { id: string; name: string; summary: string }[];
  decks: { id: string; name: string; own: boolean }[];
  /** The facilitator's groups (own and shared). */
  groups: { id: string; name: string }[];
  /** The group to preselect ("" for none), e.g. when coming from a group's page. */
  defaultGroupId: string;
  defaultAgreements: string;
  /** A title to start from (today's date), so that a session can be opened without typing. */
  defaultTitle: string;
}

const deckOptions = (decks: Props["decks"]) =>
  decks.map((deck) => (
    <option key={deck.id} value={deck.id}>
      {deck.name}
    </option>
  ));

export function NewSessionForm({ methods, decks, groups, defaultGroupId, defaultAgreements, defaultTitle }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(createSessionAction, emptyFormState);
  const hydrated = useHydrated();
  const { fieldErrors, values } = state;
  const [methodId, setMethodId] = useState(values.methodId || methods[0]?.id || "");
  const summary = methods.find((method) => method.id === methodId)?.summary;
  return (
    <form action={action} noValidate>
      <FormAlert error={state.formError} />
      <FormField
        name="title"
        label={t("sessions.fields.title")}
        hint={t("sessions.fields.titleHint")}
        error={fieldErrors.title}
        defaultValue={values.title ?? defaultTitle}
        maxLength={120}
        required
      />
      <div className="field">
        <label htmlFor="field-groupId">{t("sessions.fields.group")}</label>
        <p className="field-hint" id="field-groupId-hint">
          {groups.length > 0 ? (
            t("sessions.fields.groupHint")
          ) : (
            <>
              {t("sessions.fields.noGroupsYet")} <Link href="/groups/new">{t("sessions.fields.createGroup")}</Link>
            </>
          )}
        </p>
        <select
          id="field-groupId"
          name="groupId"
          defaultValue={values.groupId ?? defaultGroupId}
          aria-describedby={fieldErrors.groupId ? "field-groupId-hint field-groupId-error" : "field-groupId-hint"}
          aria-invalid={fieldErrors.groupId ? true : undefined}
        >
          <option value="">{t("sessions.fields.noGroup")}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
        {fieldErrors.groupId && (
          <p className="field-error" id="field-groupId-error">
            {t(fieldErrors.groupId)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="field-methodId">{t("sessions.fields.method")}</label>
        <select
          id="field-methodId"
          name="methodId"
          value={methodId}
          onChange={(event) => setMethodId(event.target.value)}
          aria-describedby={fieldErrors.methodId ? "field-methodId-hint field-methodId-error" : "field-methodId-hint"}
          aria-invalid={fieldErrors.methodId ? true : undefined}
        >
          {methods.map((method) => (
            <option key={method.id} value={method.id}>
              {method.name}
            </option>
          ))}
        </select>
        <p className="field-hint" id="field-methodId-hint" data-testid="method-summary">
          {summary}
        </p>
        {fieldErrors.methodId && (
          <p className="field-error" id="field-methodId-error">
            {t(fieldErrors.methodId)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="field-deckId">{t("sessions.fields.deck")}</label>
        <select
          id="field-deckId"
          name="deckId"
          defaultValue={values.deckId ?? decks[0]?.id}
          aria-describedby={fieldErrors.deckId ? "field-deckId-error" : undefined}
          aria-invalid={fieldErrors.deckId ? true : undefined}
        >
          {decks.some((deck) => deck.own) ? (
            <>
              <optgroup label={t("decks.shipped")}>{deckOptions(decks.filter((deck) => !deck.own))}</optgroup>
              <optgroup label={t("decks.mine")}>{deckOptions(decks.filter((deck) => deck.own))}</optgroup>
            </>
          ) : (
            deckOptions(decks)
          )}
          <option value="">{t("sessions.fields.noDeck")}</option>
        </select>
        {fieldErrors.deckId && (
          <p className="field-error" id="field-deckId-error">
            {t(fieldErrors.deckId)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="field-agreements">{t("sessions.fields.agreements")}</label>
        <p className="field-hint" id="field-agreements-hint">
          {t("sessions.fields.agreementsHint")}
        </p>
        <textarea
          id="field-agreements"
          name="agreements"
          rows={4}
          maxLength={4000}
          defaultValue={values.agreements ?? defaultAgreements}
          aria-describedby="field-agreements-hint"
        />
        {fieldErrors.agreements && <p className="field-error">{t(fieldErrors.agreements)}</p>}
      </div>
      <div className="field">
        <label htmlFor="field-plannedFor">{t("sessions.fields.plannedFor")}</label>
        <p className="field-hint" id="field-plannedFor-hint">
          {t("sessions.fields.plannedForHint")}
        </p>
        <input
          id="field-plannedFor"
          name="plannedFor"
          type="datetime-local"
          defaultValue={values.plannedFor ?? ""}
          aria-describedby={
            fieldErrors.plannedFor ? "field-plannedFor-hint field-plannedFor-error" : "field-plannedFor-hint"
          }
          aria-invalid={fieldErrors.plannedFor ? true : undefined}
        />
        {fieldErrors.plannedFor && (
          <p className="field-error" id="field-plannedFor-error">
            {t(fieldErrors.plannedFor)}
          </p>
        )}
      </div>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            name="anonymous"
            defaultChecked={values.anonymous === "on"}
            aria-describedby="anon-hint"
          />{" "}
          {t("sessions.fields.anonymous")}
        </label>
        <p className="field-hint" id="anon-hint">
          {t("sessions.fields.anonymousHint")}
        </p>
      </div>
      <button type="submit" className="button" disabled={pending || !hydrated}>
        {t("sessions.open")}
      </button>
    </form>
  );
}
