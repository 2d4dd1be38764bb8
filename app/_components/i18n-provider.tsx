"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { lookUp } from "@/lib/i18n/lookup";
import type { Messages } from "@/lib/i18n/messages/nl";
import type { Translate } from "@/lib/i18n/translate";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

/**
 * Gives client components the page's language; the root layout sets it from the saved choice and
 * passes that language's messages only, so the browser never loads the other catalogue.
 */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const value = useMemo<{ locale: Locale; t: Translate }>(
    () => ({ locale, t: (key, vars) => lookUp(messages, key, vars) }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
