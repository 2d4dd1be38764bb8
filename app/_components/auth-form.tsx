"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction, signUpAction } from "@/app/_actions/auth";
import { FormAlert } from "@/app/_components/form-alert";
import { useHydrated } from "@/app/_hooks/use-hydrated";
import { emptyFormState as initialState } from "@/app/_lib/form-state";
import { FormField } from "./form-field";
import { useI18n } from "./i18n-provider";

/** The sign-up and sign-in forms: server-validated, with every error translated next to its field. */
export function AuthForm({ mode, returnTo }: { mode: "signIn" | "signUp"; returnTo?: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(mode === "signIn" ? signInAction : signUpAction, initialState);
  const hydrated = useHydrated();
  const { fieldErrors, formError, values } = state;
  return (
    <form action={action} noValidate>
      <FormAlert error={formError} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {mode === "signUp" && (
        <FormField
          name="name"
          label={t("auth.fields.name")}
          hint={t("auth.fields.nameHint")}
          error={fieldErrors.name}
          defaultValue={values.name}
          autoComplete="name"
          maxLength={80}
          required
        />
      )}
      <FormField
        name="email"
        type="email"
        label={t("auth.fields.email")}
        error={fieldErrors.email}
        defaultValue={values.email}
        autoComplete="email"
        required
      />
      <FormField
        name="password"
        type="password"
        label={t("auth.fields.password")}
        hint={mode === "signUp" ? t("auth.fields.passwordHint") : undefined}
        error={fieldErrors.password}
        autoComplete={mode === "signUp" ? "new-password" : "current-password"}
        required
      />
      <button type="submit" className="button" disabled={pending || !hydrated} aria-busy={pending}>
        {t(mode === "signIn" ? "auth.signIn.submit" : "auth.signUp.submit")}
      </button>
      <p className="form-footer">
        {mode === "signIn" ? (
          <>
            {t("auth.signIn.noAccount")} <Link href="/signup">{t("auth.signIn.createOne")}</Link>
          </>
        ) : (
          <>
            {t("auth.signUp.haveAccount")} <Link href="/signin">{t("auth.signUp.signInInstead")}</Link>
          </>
        )}
      </p>
    </form>
  );
}
