"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { secureCookies } from "@/app/_lib/origin";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { localPathSchema } from "@/lib/schemas/local-path";
import { localeSchema } from "@/lib/schemas/locale";

const formSchema = z.object({
  locale: localeSchema,
  returnTo: localPathSchema.catch("/"),
});

/** Saves the language choice for a year and returns to the page the person was on. */
export async function setLocale(formData: FormData) {
  const parsed = formSchema.safeParse(Object.fromEntries(formData));
  const returnTo = parsed.success ? parsed.data.returnTo : "/";
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
      sameSite: "lax",
      httpOnly: false,
      secure: await secureCookies(),
    });
  }
  redirect(returnTo);
}
