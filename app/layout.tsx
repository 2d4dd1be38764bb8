import "@fontsource-variable/inter";
import "./globals.css";
import "./_styles/controls.css";
import "./_styles/shared.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslator } from "@/app/_lib/locale";
import { catalogue } from "@/lib/i18n/translate";
import { I18nProvider } from "./_components/i18n-provider";
import { OutsideTheRoom } from "./_components/outside-the-room";
import { SiteHeader } from "./_components/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t("meta.title"), template: `%s · ${t("common.appName")}` },
    description: t("meta.description"),
    // Sessions, join pages and share links are not for search engines (also X-Robots-Tag, robots.txt).
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const { t } = await getTranslator();
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={catalogue(locale)}>
          <OutsideTheRoom>
            <SiteHeader />
          </OutsideTheRoom>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </I18nProvider>
      </body>
    </html>
  );
}
