import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { Rotation, RotationSuggestion } from "@/lib/insights/rotation";
import styles from "./rotation.module.css";

/**
 * Rotating roles in a group: who could bring the case and take the notes next (whoever had the role
 * least often, then longest ago), and per member what they did across the group's sessions.
 */
export function RotationCard({ rotation, locale, t }: { rotation: Rotation; locale: Locale; t: Translate }) {
  const reason = (suggestion: RotationSuggestion) =>
    suggestion.reason === "never" || suggestion.lastAt === null
      ? t("groups.rotation.reasonNever")
      : t("groups.rotation.reasonLongestAgo", { date: formatDate(locale, suggestion.lastAt) });
  const suggestions = [
    { key: "case", label: t("groups.rotation.nextCaseOwner"), suggestion: rotation.nextCaseOwner },
    { key: "notes", label: t("groups.rotation.nextNoteTaker"), suggestion: rotation.nextNoteTaker },
  ];
  return (
    <section className={`card ${styles.card}`} aria-labelledby="rotation-title" data-testid="rotation">
      <h2 id="rotation-title">{t("groups.rotation.title")}</h2>
      <p className="muted small">{t("groups.rotation.lead")}</p>
      {rotation.rows.length === 0 ? (
        <p className="muted">{t("groups.rotation.nobody")}</p>
      ) : (
        <>
          <dl className={styles.suggestions}>
            {suggestions.map(({ key, label, suggestion }) =>
              suggestion ? (
                <div key={key} className={styles.suggestion} data-testid={`rotation-next-${key}`}>
                  <dt>{label}</dt>
                  <dd>
                    <strong>{suggestion.name}</strong> <span className={styles.reason}>{reason(suggestion)}</span>
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on a narrow phone, so the keyboard must reach it */}
          <section className={styles.scroll} aria-label={t("groups.rotation.caption")} tabIndex={0}>
            <table className={styles.table}>
              <caption className="visually-hidden">{t("groups.rotation.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("groups.rotation.member")}</th>
                  <th scope="col" className={styles.number}>
                    {t("groups.rotation.cases")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t("groups.rotation.notes")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t("groups.rotation.openActions")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t("groups.rotation.quiet")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rotation.rows.map((row) => (
                  <tr key={row.memberId}>
                    <th scope="row" className={styles.name}>
                      {row.name}
                    </th>
                    <td className={styles.number}>{row.casesBrought}</td>
                    <td className={styles.number}>{row.notesTaken}</td>
                    <td className={styles.number}>{row.openActions}</td>
                    <td className={styles.number}>
                      {row.attended === 0 ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t("groups.rotation.notAttended")}</span>
                        </>
                      ) : (
                        t("groups.rotation.quietOf", { quiet: row.quietSessions, attended: row.attended })
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className={`muted small ${styles.note}`}>{t("groups.rotation.note")}</p>
        </>
      )}
    </section>
  );
}
