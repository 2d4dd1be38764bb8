import { getTranslator } from "@/app/_lib/locale";

/** A share link that does not work: revoked, expired or never made look the same. */
export default async function ShareLinkNotFound() {
  const { t } = await getTranslator();
  return (
    <div className="container page form-page">
      <h1>{t("share.invalidTitle")}</h1>
      <p className="lead">{t("share.invalidBody")}</p>
    </div>
  );
}
