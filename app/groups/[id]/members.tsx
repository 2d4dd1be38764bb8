"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { addMemberAction, leaveMemberAction, restoreMemberAction, updateMemberAction } from "@/app/_actions/groups";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState, type FormState, succeeded } from "@/app/_lib/form-state";
import { GROUP_LIMITS } from "@/lib/limits";
import styles from "./group.module.css";

interface Member {
  id: string;
  name: string;
  email: string;
}

/** Adds a member; the form empties and keeps the focus, so the next name can follow at once. */
export function AddMemberForm({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(addMemberAction, emptyFormState);
  const hydrated = useHydrated();
  const { fieldErrors, values } = state;
  useEffect(() => {
    if (state.notice) document.getElementById("new-member-name")?.focus();
  }, [state]);
  return (
    <form action={action} noValidate aria-labelledby="add-member-title" className="member-add-form">
      <FormAlert error={state.formError} />
      <input type="hidden" name="groupId" value={groupId} />
      <div className={styles.memberFields}>
        <FormField
          id="new-member-name"
          name="name"
          label={t("groups.members.name")}
          error={fieldErrors.name}
          defaultValue={values.name}
          maxLength={GROUP_LIMITS.memberName}
          autoComplete="off"
          required
        />
        <FormField
          id="new-member-email"
          name="email"
          type="email"
          label={t("groups.members.email")}
          error={fieldErrors.email}
          defaultValue={values.email}
          maxLength={GROUP_LIMITS.email}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
        {t("groups.members.add")}
      </button>
      <FormNotice notice={state.notice} />
    </form>
  );
}

/** A current member: name and email, to edit in place, or to mark as having left the group. */
export function MemberRow({ groupId, member }: { groupId: string; member: Member }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    // Back to where the person was: the button that opened the form.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (editing) {
    return (
      <li className={`${styles.memberRow} ${styles.memberEditing}`} data-testid="member">
        <MemberEditForm groupId={groupId} member={member} onDone={close} />
      </li>
    );
  }
  return (
    <li className={styles.memberRow} data-testid="member">
      <div className={styles.memberMain}>
        <span className={styles.memberName}>{member.name}</span>
        {member.email && <span className={styles.memberEmail}>{member.email}</span>}
      </div>
      <div className={styles.memberActions}>
        <button
          ref={editButton}
          type="button"
          className="button button-quiet button-small"
          aria-label={t("groups.members.editLabel", { name: member.name })}
          disabled={!hydrated}
          onClick={() => setEditing(true)}
        >
          {t("groups.members.edit")}
        </button>
        <MembershipButton
          action={leaveMemberAction}
          groupId={groupId}
          memberId={member.id}
          label={t("groups.members.leave")}
          accessibleLabel={t("groups.members.leaveLabel", { name: member.name })}
        />
      </div>
    </li>
  );
}

function MemberEditForm({ groupId, member, onDone }: { groupId: string; member: Member; onDone: () => void }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await updateMemberAction(previous, formData);
    if (succeeded(next)) onDone();
    return next;
  }, emptyFormState);
  const { fieldErrors, values } = state;
  const nameId = `member-${member.id}-name`;
  useEffect(() => {
    document.getElementById(nameId)?.focus();
  }, [nameId]);
  return (
    <form
      action={action}
      noValidate
      className="member-edit-form"
      aria-label={t("groups.members.editLabel", { name: member.name })}
    >
      <FormAlert error={state.formError} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="memberId" value={member.id} />
      <div className={styles.memberFields}>
        <FormField
          id={nameId}
          name="name"
          label={t("groups.members.name")}
          error={fieldErrors.name}
          defaultValue={values.name ?? member.name}
          maxLength={GROUP_LIMITS.memberName}
          autoComplete="off"
          required
        />
        <FormField
          id={`member-${member.id}-email`}
          name="email"
          type="email"
          label={t("groups.members.email")}
          error={fieldErrors.email}
          defaultValue={values.email ?? member.email}
          maxLength={GROUP_LIMITS.email}
          autoComplete="off"
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-small" disabled={pending || !hydrated} aria-busy={pending}>
          {t("groups.members.save")}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onDone}>
          {t("groups.members.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Someone who left the group, with the date, and the way back in. */
export function FormerMemberRow({
  groupId,
  member,
  leftOn,
}: {
  groupId: string;
  member: Pick<Member, "id" | "name">;
  leftOn: string;
}) {
  const { t } = useI18n();
  return (
    <li className={styles.memberRow} data-testid="former-member">
      <div className={styles.memberMain}>
        <span className={styles.memberName}>{member.name}</span>
        <span className={styles.memberEmail}>{t("groups.members.leftOn", { date: leftOn })}</span>
      </div>
      <div className={styles.memberActions}>
        <MembershipButton
          action={restoreMemberAction}
          groupId={groupId}
          memberId={member.id}
          label={t("groups.members.restore")}
          accessibleLabel={t("groups.members.restoreLabel", { name: member.name })}
        />
      </div>
    </li>
  );
}

/** A one-button form that changes a membership ("has left", "member again"). */
function MembershipButton(props: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  groupId: string;
  memberId: string;
  label: string;
  accessibleLabel: string;
}) {
  const [state, action, pending] = useActionState(props.action, emptyFormState);
  const hydrated = useHydrated();
  return (
    <form action={action} className="membership-form">
      <input type="hidden" name="groupId" value={props.groupId} />
      <input type="hidden" name="memberId" value={props.memberId} />
      <button
        type="submit"
        className="button button-quiet button-small"
        aria-label={props.accessibleLabel}
        disabled={pending || !hydrated}
        aria-busy={pending}
      >
        {props.label}
      </button>
      <FormAlert error={state.formError} />
    </form>
  );
}
