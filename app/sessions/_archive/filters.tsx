import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { type ArchiveQuery, SEARCH_MAX_LENGTH } from "@/lib/schemas/archive-query";
import type { archiveChoices } from "@/server/services/archive";
import styles from "./archive.module.css";

interface Props {
  query: ArchiveQuery;
  choices: Awaited<ReturnType<typeof archiveChoices>>;
  locale: Locale;
  t: Translate;
}

/** The archive's search box and filters: a plain GET form, so it works without JavaScript too. */
export function ArchiveFilters({ query, choices, locale, t }: Props) {
  return (
    <search className={`card ${styles.form}`}>
      <form method="get" action="/sessions">
        <div className="field">
          <label htmlFor="archive-q">{t("archive.search")}</label>
          <div className={styles.searchRow}>
            <input
              id="archive-q"
              name="q"
              type="search"
              defaultValue={query.q}
              maxLength={SEARCH_MAX_LENGTH}
              aria-describedby="archive-q-hint"
            />
            <button type="submit" className="button">
              {t("archive.searchAction")}
            </button>
          </div>
          <p className="field-hint" id="archive-q-hint">
            {t("archive.searchHint")}
          </p>
        </div>
        <fieldset className={styles.filters}>
          <legend>{t("archive.filters")}</legend>
          <div className="field">
            <label htmlFor="archive-group">{t("archive.group")}</label>
            <select id="archive-group" name="group" defaultValue={query.groupId ?? ""}>
              <option value="">{t("archive.any")}</option>
              {choices.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="archive-method">{t("archive.method")}</label>
            <select id="archive-method" name="method" defaultValue={query.methodId ?? ""}>
              <option value="">{t("archive.any")}</option>
              {choices.methods.map((method) => (
                <option key={method.id} value={method.id}>
                  {locale === "nl" ? method.nameNl : method.nameEn}
                </option>
              ))}
            </select>
          </div>
          <div className={`field ${styles.lesson}`}>
            <label htmlFor="archive-lesson">{t("archive.lesson")}</label>
            <select id="archive-lesson" name="lesson" defaultValue={query.lessonId ?? ""}>
              <option value="">{t("archive.any")}</option>
              {choices.lessons.map((lesson) => (
                <option key={lesson.id} value={lesson.id}>
                  {t("archive.lessonOption", { number: lesson.number, text: shorten(lesson.text[locale], 70) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="archive-from">{t("archive.from")}</label>
            <input id="archive-from" name="from" type="date" defaultValue={query.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="archive-to">{t("archive.to")}</label>
            <input id="archive-to" name="to" type="date" defaultValue={query.to ?? ""} />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-secondary button-small">
            {t("archive.apply")}
          </button>
          <Link href="/sessions" className="button button-quiet button-small">
            {t("archive.clear")}
          </Link>
        </div>
      </form>
    </search>
  );
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
