import { getTranslator } from "@/app/_lib/locale";
import styles from "./join-by-code-form.module.css";

/** A plain GET form: works without JavaScript, and the join page validates the code. */
export async function JoinByCodeForm({ defaultCode = "" }: { defaultCode?: string }) {
  const { t } = await getTranslator();
  return (
    <form action="/join" method="get" className="stack">
      <p className="field-hint" id="join-help">
        {t("landing.joinHelp")}
      </p>
      <div className={styles.row}>
        <label htmlFor="join-code" className="visually-hidden">
          {t("landing.joinCodeLabel")}
        </label>
        <input
          id="join-code"
          name="code"
          defaultValue={defaultCode}
          placeholder="K7M2-Q9XD"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          aria-describedby="join-help"
        />
        <button type="submit" className="button">
          {t("landing.joinButton")}
        </button>
      </div>
    </form>
  );
}
