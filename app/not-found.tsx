import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("errors.pageNotFoundTitle")}</h1>
      <p className="lead">{t("errors.pageNotFoundBody")}</p>
      <Link href="/" className="button">
        {t("errors.toHome")}
      </Link>
    </div>
  );
}
