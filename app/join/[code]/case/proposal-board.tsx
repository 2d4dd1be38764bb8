"use client";

import { useActionState, useState } from "react";
import { bringInProposalAction, editProposalAction, withdrawProposalAction } from "@/app/_actions/case-proposals";
import { FormAlert, FormNotice } from "@/app/_components/form-alert";
import { FormField } from "@/app/_components/form-field";
import { useI18n } from "@/app/_components/i18n-provider";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState, type FormState } from "@/app/_lib/form-state";
import type { ProposalStatus } from "@/lib/domain/case-proposals";
import type { MessageKey } from "@/lib/i18n/translate";
import { PROPOSAL_LIMITS } from "@/lib/limits";
import styles from "./case-proposal.module.css";

export interface MyProposal {
  id: string;
  title: string;
  description: string;
  question: string;
  proposerName: string;
  status: ProposalStatus;
  updatedAt: number;
}

const STATUS_KEYS: Record<ProposalStatus, MessageKey> = {
  open: "proposals.statusOpen",
  chosen: "proposals.statusChosen",
  carried_over: "proposals.statusCarriedOver",
  withdrawn: "proposals.statusWithdrawn",
};

/** A labelled textarea, wired up like FormField (hint and error described for screen readers). */
function TextAreaField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  maxLength,
  rows,
  required,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error?: MessageKey;
  defaultValue?: string;
  maxLength: number;
  rows: number;
  required?: boolean;
}) {
  const { t } = useI18n();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}

/** Title, description and question: the same fields to bring a case in and to edit it. */
function CaseFields({ prefix, state, initial }: { prefix: string; state: FormState; initial?: MyProposal }) {
  const { t } = useI18n();
  const value = (field: "title" | "description" | "question") => state.values[field] ?? initial?.[field] ?? "";
  return (
    <>
      <FormField
        id={`${prefix}-title`}
        name="title"
        label={t("proposals.titleLabel")}
        hint={t("proposals.titleHint")}
        error={state.fieldErrors.title}
        defaultValue={value("title")}
        maxLength={PROPOSAL_LIMITS.title}
        required
      />
      <TextAreaField
        id={`${prefix}-description`}
        name="description"
        label={t("proposals.descriptionLabel")}
        hint={t("proposals.descriptionHint")}
        error={state.fieldErrors.description}
        defaultValue={value("description")}
        maxLength={PROPOSAL_LIMITS.description}
        rows={4}
      />
      <TextAreaField
        id={`${prefix}-question`}
        name="question"
        label={t("proposals.questionLabel")}
        hint={t("proposals.questionHint")}
        error={state.fieldErrors.question}
        defaultValue={value("question")}
        maxLength={PROPOSAL_LIMITS.question}
        rows={2}
        required
      />
    </>
  );
}

function NewProposalForm({
  code,
  inGroup,
  defaultName,
  another,
}: {
  code: string;
  inGroup: boolean;
  defaultName: string;
  another: boolean;
}) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(bringInProposalAction, emptyFormState);
  const hydrated = useHydrated();
  return (
    <section className={`card ${styles.newForm}`} aria-labelledby="proposal-new-heading">
      <h2 id="proposal-new-heading">{another ? t("proposals.anotherTitle") : t("proposals.title")}</h2>
      <form action={action} noValidate>
        <FormAlert error={state.formError} />
        <FormNotice notice={state.notice} />
        <input type="hidden" name="code" value={code} />
        <FormField
          id="proposal-name"
          name="name"
          label={t("proposals.nameLabel")}
          hint={inGroup ? t("proposals.nameHintGroup") : t("proposals.nameHintOpen")}
          error={state.fieldErrors.name}
          defaultValue={state.values.name ?? defaultName}
          autoComplete="name"
          maxLength={PROPOSAL_LIMITS.name}
          required
        />
        {/* A fresh set of fields after each case brought in (the notice says it went through). */}
        <CaseFields key={state.notice ? JSON.stringify(state.notice) : "new"} prefix="proposal-new" state={state} />
        <button type="submit" className="button" disabled={pending || !hydrated}>
          {t("proposals.submit")}
        </button>
      </form>
    </section>
  );
}

function MyProposalItem({ code, proposal, open }: { code: string; proposal: MyProposal; open: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [edited, editAction, editPending] = useActionState(async (previous: FormState, data: FormData) => {
    const next = await editProposalAction(previous, data);
    if (next.notice) setEditing(false);
    return next;
  }, emptyFormState);
  const [withdrawn, withdrawAction, withdrawPending] = useActionState(withdrawProposalAction, emptyFormState);
  const hydrated = useHydrated();
  const changeable = open && proposal.status === "open";
  const prefix = `proposal-${proposal.id}`;
  if (proposal.status === "withdrawn") {
    return (
      <li className={`${styles.item} ${styles.withdrawn}`}>
        <span className="badge">{t(STATUS_KEYS.withdrawn)}</span>
      </li>
    );
  }
  return (
    <li className={styles.item} data-testid="my-proposal">
      <div className={styles.itemHead}>
        <h3 className={styles.itemTitle}>{proposal.title}</h3>
        <span className={`badge ${proposal.status === "chosen" ? "badge-success" : ""}`}>
          {changeable || proposal.status !== "open" ? t(STATUS_KEYS[proposal.status]) : t("proposals.readOnly")}
        </span>
      </div>
      <FormAlert error={edited.formError ?? withdrawn.formError} />
      <FormNotice notice={edited.notice ?? withdrawn.notice} />
      {editing && changeable ? (
        <form action={editAction} noValidate className={styles.editForm}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="proposalId" value={proposal.id} />
          <CaseFields prefix={prefix} state={edited} initial={proposal} />
          <div className="button-row">
            <button type="submit" className="button" disabled={editPending || !hydrated}>
              {t("proposals.save")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t("proposals.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          {proposal.description && <p className={styles.description}>{proposal.description}</p>}
          <p className={styles.question}>
            <span className={styles.questionLabel}>{t("proposals.questionLabel")}</span> {proposal.question}
          </p>
          {changeable && (
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={!hydrated}
                onClick={() => setEditing(true)}
                aria-label={`${t("proposals.edit")}: ${proposal.title}`}
              >
                {t("proposals.edit")}
              </button>
              <form
                action={withdrawAction}
                onSubmit={(event) => {
                  if (!window.confirm(t("proposals.withdrawConfirm"))) event.preventDefault();
                }}
              >
                <input type="hidden" name="code" value={code} />
                <input type="hidden" name="proposalId" value={proposal.id} />
                <button
                  type="submit"
                  className="button button-quiet button-small"
                  disabled={withdrawPending || !hydrated}
                  aria-label={`${t("proposals.withdraw")}: ${proposal.title}`}
                >
                  {t("proposals.withdraw")}
                </button>
              </form>
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** The cases this browser brought in, and the form for a next one while that is allowed. */
export function ProposalBoard({
  code,
  open,
  inGroup,
  mine,
  defaultName,
  max,
}: {
  code: string;
  open: boolean;
  inGroup: boolean;
  mine: MyProposal[];
  defaultName: string;
  max: number;
}) {
  const { t } = useI18n();
  const counted = mine.filter((each) => each.status !== "withdrawn").length;
  return (
    <>
      {mine.length > 0 && (
        <section className={styles.mine} aria-labelledby="proposals-mine-title">
          <h2 id="proposals-mine-title">{t("proposals.mineTitle")}</h2>
          <p className="muted small">
            {t("proposals.mineCount", { count: counted, max })}
            {open && <> · {t("proposals.editableUntilStart")}</>}
          </p>
          <ul className={styles.list}>
            {mine.map((proposal) => (
              <MyProposalItem
                key={`${proposal.id}:${proposal.updatedAt}`}
                code={code}
                proposal={proposal}
                open={open}
              />
            ))}
          </ul>
        </section>
      )}
      {open &&
        (counted < max ? (
          <NewProposalForm code={code} inGroup={inGroup} defaultName={defaultName} another={counted > 0} />
        ) : (
          <p className="alert alert-warning">{t("proposals.perPersonReached", { max })}</p>
        ))}
    </>
  );
}
