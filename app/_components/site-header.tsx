import Link from "next/link";
import { Suspense } from "react";
import { signOutAction } from "@/app/_actions/auth";
import { getTranslator } from "@/app/_lib/locale";
import { auth } from "@/server/auth/next-auth";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";
import { SessionKeepAlive } from "./session-keep-alive";
import styles from "./site-header.module.css";

export async function SiteHeader() {
  const [{ t }, session] = await Promise.all([getTranslator(), auth()]);
  const user = session?.user;
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href={user ? "/dashboard" : "/"} className={styles.brand}>
          <Logo />
          <span>{t("common.appName")}</span>
        </Link>
        <nav aria-label={t("common.mainNavigation")} className={styles.nav}>
          <Link href="/decks">{t("common.decks")}</Link>
          {user ? (
            <>
              <SessionKeepAlive />
              <Link href="/dashboard">{t("common.dashboard")}</Link>
              <Link href="/groups">{t("common.groups")}</Link>
              <Link href="/sessions">{t("common.archive")}</Link>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="button button-quiet"
                  title={t("common.signedInAs", { name: user.name ?? "" })}
                >
                  {t("common.signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin">{t("common.signIn")}</Link>
              <Link href="/signup" className="button button-small">
                {t("common.signUp")}
              </Link>
            </>
          )}
          <Suspense fallback={null}>
            <LanguageSwitch />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
