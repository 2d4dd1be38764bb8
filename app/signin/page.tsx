import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/app/_components/auth-form";
import { getTranslator } from "@/app/_lib/locale";
import { localPathOr } from "@/lib/schemas/local-path";
import { auth } from "@/server/auth/next-auth";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.signIn.title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const search = await searchParams;
  const returnTo = localPathOr(search.callbackUrl, "/dashboard");
  if (await auth()) redirect(returnTo);
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("auth.signIn.title")}</h1>
      <p className="lead">{t("auth.signIn.lead")}</p>
      {search.registered === "1" && (
        <p className="notice notice-success" role="status">
          {t("access.registered")}
        </p>
      )}
      <div className="card">
        <AuthForm mode="signIn" returnTo={returnTo} />
      </div>
    </div>
  );
}
