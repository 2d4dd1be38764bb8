"use client";

import { useActionState } from "react";
import { joinAction } from "@/app/_actions/join";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";

/**
 * A name and the agreements. Nothing about the group's members: someone holding only the code must
 * not learn who is in the group. Members say who they are after joining (app/_live/member-choice.tsx).
 */
export function JoinForm({ code, agreements }: { code: string; agreements: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(joinAction, emptyFormState);
  const hydrated = useHydrated();
  const acceptError = state.fieldErrors.accept;
  return (
    <form action={action} noValidate>
      <FormAlert error={state.formError} />
      <input type="hidden" name="code" value={code} />
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
