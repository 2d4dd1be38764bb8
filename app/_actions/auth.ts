"use server";

import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { type FormState, fieldErrorsOf, textValues } from "@/app/_lib/form-state";
import { signInSchema, signUpSchema } from "@/lib/schemas/auth";
import { localPathOr } from "@/lib/schemas/local-path";
import { isCommonPassword } from "@/server/auth/common-passwords";
import { SignInRefused, signIn, signOut } from "@/server/auth/next-auth";
import { getDb } from "@/server/db/client";
import { registerFacilitator } from "@/server/services/facilitators";

const AFTER_SIGN_IN = "/dashboard";

/** Signs in through next-auth's credentials provider and maps each refusal to a message. */
async function signInWith(email: string, password: string, returnTo: string): Promise<FormState["formError"]> {
  try {
    await signIn("credentials", { email, password, redirectTo: returnTo });
    return null;
  } catch (error) {
    if (isRedirectError(error)) throw error;
    if (error instanceof SignInRefused) {
      switch (error.code) {
        case "bad_credentials":
          return { key: "access.badCredentials" };
        case "too_many_attempts":
          return { key: "auth.errors.tooManyAttempts", vars: { seconds: error.retryAfterSeconds } };
        default:
          return { key: "auth.errors.generic" };
      }
    }
    if (error instanceof AuthError) return { key: "auth.errors.generic" };
    throw error;
  }
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  const formError = await signInWith(
    parsed.data.email,
    parsed.data.password,
    localPathOr(formData.get("returnTo"), AFTER_SIGN_IN),
  );
  return { fieldErrors: {}, formError, values };
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = textValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name") ?? "",
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  if (isCommonPassword(parsed.data.password)) {
    return { fieldErrors: { password: "access.passwordCommon" }, formError: null, values };
  }
  // Whether the address was new or already had an account, the answer is the same (and so is the
  // work: the password is hashed either way): on to signing in, with a notice that says both. The
  // account holder signs in as always; someone else learns nothing they could not learn by trying
  // to sign in, which is throttled. Without sending e-mail, this is as far as sign-up can hide it.
  await registerFacilitator(getDb(), parsed.data);
  redirect(`/signin?registered=1`);
}

/** Signs out; next-auth's signOut event (server/auth/next-auth.ts) ends the session on the server. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
