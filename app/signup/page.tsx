import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/app/_components/auth-form";
import { getTranslator } from "@/app/_lib/locale";
import { auth } from "@/server/auth/next-auth";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.signUp.title") };
}

export default async function SignUpPage() {
  if (await auth()) redirect("/dashboard");
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("auth.signUp.title")}</h1>
      <p className="lead">{t("auth.signUp.lead")}</p>
      <div className="card">
        <AuthForm mode="signUp" />
      </div>
    </div>
  );
}
