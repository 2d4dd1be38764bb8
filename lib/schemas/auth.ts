import { z } from "zod";
import { safeText } from "./text";

/**
 * Sign-up and sign-in forms. Issue messages are message keys (lib/i18n), translated by the form.
 * Used by the server action and by the form itself, so both agree on the rules.
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "auth.errors.emailInvalid" }).max(254, { message: "auth.errors.emailInvalid" }));

export const newPasswordSchema = z
  .string()
  .min(10, { message: "auth.errors.passwordTooShort" })
  .max(200, { message: "auth.errors.passwordTooLong" })
  .refine((password) => /\p{L}/u.test(password) && /[\p{N}\p{P}\p{S}]/u.test(password), {
    message: "auth.errors.passwordTooSimple",
  });

export const signUpSchema = z.object({
  name: safeText()
    .trim()
    .min(1, { message: "auth.errors.nameRequired" })
    .max(80, { message: "auth.errors.nameTooLong" }),
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, { message: "auth.errors.passwordRequired" })
    .max(200, { message: "auth.errors.passwordTooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;
