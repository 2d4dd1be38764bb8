"use client";

import { useActionState, useEffect } from "react";
import { addFacilitatorAction } from "@/app/_actions/group-facilitators";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";
import { GROUP_LIMITS } from "@/lib/limits";

/**
 * For the group's owner: shares the group with a facilitator who already has a Kring account, by
 * its email address. The form empties and keeps the focus after a success, like adding a member.
 */
export function AddFacilitatorForm({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(addFacilitatorAction, emptyFormState);
  const hydrated = useHydrated();
  useEffect(() => {
    if (state.notice) document.getElementById("new-facilitator-email")?.focus();
  }, [state]);
  return (
    <form action={action} noValidate aria-labelledby="add-facilitator-title" className="facilitator-add-form">
      <FormAlert error={state.formError} />
      <input type="hidden" name="groupId" value={groupId} />
      <FormField
        id="new-facilitator-email"
        name="email"
        type="email"
        label={t("groupFacilitators.email")}
        hint={t("groupFacilitators.emailHint")}
        error={state.fieldErrors.email}
        defaultValue={state.values.email}
        maxLength={GROUP_LIMITS.email}
        autoComplete="off"
        required
      />
      <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
        {t("groupFacilitators.add")}
      </button>
      <FormNotice notice={state.notice} />
    </form>
  );
}
