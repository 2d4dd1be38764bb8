"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { setLocale } from "@/app/_actions/locale";
import { useI18n } from "./i18n-provider";

/** One button that switches between Dutch and English and stays on the same page. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <button type="submit" className="button button-quiet" lang={other} data-testid="language-switch">
        {t("common.switchLanguage")}
      </button>
    </form>
  );
}
