"use client";

import { useActionState, useRef } from "react";
import { joinAction } from "@/app/_actions/join";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";
import type { MessageKey } from "@/lib/i18n/translate";

interface JoinGroup {
  name: string;
  members: { id: string; name: string }[];
}

export function JoinForm({ code, agreements, group }: { code: string; agreements: string; group: JoinGroup | null }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(joinAction, emptyFormState);
  const hydrated = useHydrated();
  const acceptError = state.fieldErrors.accept;
  return (
    <form action={action} noValidate>
      <FormAlert error={state.formError} />
      <input type="hidden" name="code" value={code} />
      {group && (
        <WhoAreYou
          group={group}
          // After a refused submit the form is reset: key on the answer so the choice is shown again.
          key={JSON.stringify(state.values)}
          chosen={state.values.groupMemberId || "guest"}
          error={state.fieldErrors.groupMemberId}
        />
      )}
      <FormField
        name="displayName"
        label={t("join.nameLabel")}
        hint={t("join.nameHint")}
        error={state.fieldErrors.displayName}
        defaultValue={state.values.displayName}
        autoComplete="given-name"
        maxLength={80}
        required
      />
      <section className="agreements" aria-labelledby="agreements-title">
        <h2 id="agreements-title">{t("join.agreementsTitle")}</h2>
        <p>{agreements}</p>
      </section>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            name="accept"
            aria-invalid={acceptError ? true : undefined}
            aria-describedby={acceptError ? "accept-error" : undefined}
          />{" "}
          {t("join.accept")}
        </label>
        {acceptError && (
          <p className="field-error" id="accept-error">
            {t(acceptError)}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending || !hydrated}>
        {t("join.submit")}
      </button>
    </form>
  );
}

/**
 * In a group's session: which member you are, or a guest (the default). Choosing a member fills in
 * the name (still yours to change); the server checks the member again.
 */
function WhoAreYou({ group, chosen, error }: { group: JoinGroup; chosen: string; error?: MessageKey }) {
  const { t } = useI18n();
  /** The name this chooser filled in last, so a name the participant typed is never overwritten. */
  const filled = useRef<string>("");
  const choose = (name: string) => {
    const input = document.getElementById("field-displayName");
    if (!(input instanceof HTMLInputElement)) return;
    if (input.value.trim() === "" || input.value === filled.current) {
      input.value = name;
      filled.current = name;
    }
  };
  return (
    <fieldset
      className="field who-are-you"
      aria-describedby={`who-hint${error ? " who-error" : ""}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t("join.whoAreYou")}</legend>
      <p className="field-hint" id="who-hint">
        {t("join.whoHint", { group: group.name })}
      </p>
      {error && (
        <p className="field-error" id="who-error">
          {t(error)}
        </p>
      )}
      <div className="who-options">
        <label className="who-option">
          <input
            type="radio"
            name="groupMemberId"
            value="guest"
            defaultChecked={chosen === "guest" || !group.members.some((member) => member.id === chosen)}
            onChange={() => choose("")}
          />{" "}
          {t("join.guest")}
        </label>
        {group.members.map((member) => (
          <label key={member.id} className="who-option">
            <input
              type="radio"
              name="groupMemberId"
              value={member.id}
              defaultChecked={chosen === member.id}
              onChange={() => choose(member.name)}
            />{" "}
            {member.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
