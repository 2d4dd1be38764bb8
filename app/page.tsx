import Link from "next/link";
import { getTranslator } from "@/app/_lib/locale";
import { JoinByCodeForm } from "./_components/join-by-code-form";
import styles from "./landing.module.css";

export default async function LandingPage() {
  const { t } = await getTranslator();
  const features = [
    ["landing.featureMethodsTitle", "landing.featureMethodsBody"],
    ["landing.featureLessonsTitle", "landing.featureLessonsBody"],
    ["landing.featureFollowUpTitle", "landing.featureFollowUpBody"],
  ] as const;
  return (
    <div className="container">
      <section className={styles.hero}>
        <div>
          <p className="eyebrow">{t("landing.eyebrow")}</p>
          <h1>{t("landing.title")}</h1>
          <p className="lead">{t("landing.lead")}</p>
          <Link href="/decks" className="button button-secondary">
            {t("landing.browseLessons")}
          </Link>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="join-title">
            <h2 id="join-title">{t("landing.joinTitle")}</h2>
            <JoinByCodeForm />
          </section>
          <section className="card" aria-labelledby="facilitator-title">
            <h2 id="facilitator-title">{t("landing.facilitatorTitle")}</h2>
            <p>{t("landing.facilitatorBody")}</p>
            <Link href="/signup" className="button">
              {t("common.signUp")}
            </Link>
          </section>
        </div>
      </section>
      <section className={`${styles.features} grid grid-3`}>
        {features.map(([title, body]) => (
          <div key={title} className={`card ${styles.feature}`}>
            <h3>{t(title)}</h3>
            <p>{t(body)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
