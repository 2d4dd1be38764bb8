"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createGroupAction, updateGroupAction } from "@/app/_actions/groups";
import { FormAlert } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState } from "@/app/_lib/form-state";
import { GROUP_LIMITS } from "@/lib/limits";

interface Props {
  /** Without a group: create one. With one: edit its name and description. */
  group?: { id: string; name: string; description: string; retentionDays: number | null; owned: boolean };
}

/** Creates an intervision group, or edits one. */
export function GroupForm({ group }: Props) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(group ? updateGroupAction : createGroupAction, emptyFormState);
  const hydrated = useHydrated();
  const { fieldErrors, values } = state;
  return (
    <form action={action} noValidate>
      <FormAlert error={state.formError} />
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <FormField
        name="name"
        label={t("groups.fields.name")}
        hint={t("groups.fields.nameHint")}
        error={fieldErrors.name}
        defaultValue={values.name ?? group?.name}
        maxLength={GROUP_LIMITS.groupName}
        autoComplete="off"
        required
      />
      <div className="field">
        <label htmlFor="field-description">{t("groups.fields.description")}</label>
        <p className="field-hint" id="field-description-hint">
          {t("groups.fields.descriptionHint")}
        </p>
        <textarea
          id="field-description"
          name="description"
          rows={3}
          maxLength={GROUP_LIMITS.groupDescription}
          defaultValue={values.description ?? group?.description}
          aria-describedby={
            fieldErrors.description ? "field-description-hint field-description-error" : "field-description-hint"
          }
          aria-invalid={fieldErrors.description ? true : undefined}
        />
        {fieldErrors.description && (
          <p className="field-error" id="field-description-error">
            {t(fieldErrors.description)}
          </p>
        )}
      </div>
      {!group || group.owned ? (
        <FormField
          name="retentionDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={GROUP_LIMITS.retentionDays}
          label={t("groups.fields.retention")}
          hint={t("groups.fields.retentionHint")}
          error={fieldErrors.retentionDays}
          defaultValue={values.retentionDays ?? group?.retentionDays ?? ""}
          className="input-short"
        />
      ) : (
        <p className="muted small">{t("groups.fields.retentionOwnerOnly")}</p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
          {group ? t("groups.save") : t("groups.create")}
        </button>
        <Link href={group ? `/groups/${group.id}` : "/groups"} className="button button-quiet">
          {t("groups.cancel")}
        </Link>
      </div>
    </form>
  );
}
