"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { type Translate, translator } from "@/lib/i18n/translate";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

/** Gives client components the page's language; the root layout sets it from the saved choice. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
