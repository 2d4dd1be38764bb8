import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";
import styles from "../decks.module.css";

/** The controls of the deck editor (app/decks/[slug]/edit): plain forms and <details>, so they work without JavaScript. */

/** Both languages of a stored text, each marked with its language; a missing one is left out. */
export function BothLanguages({ nl, en, className }: { nl: string; en: string; className?: string }) {
  return (
    <>
      {nl && (
        <p className={className} lang="nl">
          <span className={styles.langTag} aria-hidden="true">
            NL
          </span>{" "}
          {nl}
        </p>
      )}
      {en && (
        <p className={`${className} ${nl ? styles.itemOther : ""}`} lang="en">
          <span className={styles.langTag} aria-hidden="true">
            EN
          </span>{" "}
          {en}
        </p>
      )}
    </>
  );
}

function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** Up and down: plain forms, so moving works without JavaScript; the first can't go up, the last not down. */
export function MoveButtons(props: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string>;
  item: string;
  first: boolean;
  last: boolean;
  t: Translate;
}) {
  const { action, fields, item, first, last, t } = props;
  const button = (direction: "up" | "down", disabled: boolean) => (
    <form action={action}>
      <HiddenFields fields={fields} />
      <input type="hidden" name="direction" value={direction} />
      <button
        type="submit"
        className="button button-quiet button-small"
        disabled={disabled}
        aria-label={t(direction === "up" ? "deckEditor.moveUpLabel" : "deckEditor.moveDownLabel", { item })}
      >
        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>{" "}
        {t(direction === "up" ? "deckEditor.moveUp" : "deckEditor.moveDown")}
      </button>
    </form>
  );
  return (
    <>
      {button("up", first)}
      {button("down", last)}
    </>
  );
}

/** A button that opens what it holds below it (a <details>): keyboard-usable and without JavaScript too. */
export function Disclosure(props: { toggle: string; toggleLabel?: string; children: ReactNode }) {
  return (
    <details className="facilitator-confirm">
      <summary className="button button-quiet button-small facilitator-toggle" aria-label={props.toggleLabel}>
        {props.toggle}
      </summary>
      <div className="facilitator-confirm-body">{props.children}</div>
    </details>
  );
}

/** A form that is sent only after a confirmation in a <details> (removing, deleting). */
export function ConfirmedForm(props: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string>;
  toggle: string;
  toggleLabel?: string;
  confirm: string;
  submit: string;
}) {
  return (
    <details className="facilitator-confirm">
      <summary className="button button-quiet button-small facilitator-toggle" aria-label={props.toggleLabel}>
        {props.toggle}
      </summary>
      <form action={props.action} className="facilitator-confirm-body">
        <HiddenFields fields={props.fields} />
        <p className="facilitator-confirm-text">{props.confirm}</p>
        <button type="submit" className="button button-danger button-small">
          {props.submit}
        </button>
      </form>
    </details>
  );
}
