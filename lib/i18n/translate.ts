import type { Locale } from "./locales";
import { lookUp } from "./lookup";
import { en } from "./messages/en";
import { type Messages, nl } from "./messages/nl";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A dotted path to one message, e.g. "auth.signIn.title". Checked at compile time. */
export type MessageKey = Leaves<Messages>;
export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const catalogues: Record<Locale, Messages> = { nl, en };

/** The catalogue of one language (the root layout hands it to the browser's I18nProvider). */
export function catalogue(locale: Locale): Messages {
  return catalogues[locale];
}

/** Looks up `key` in the locale's catalogue and fills `{name}` placeholders from `vars`. */
export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  return lookUp(catalogues[locale], key, vars);
}

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}

/** True when `value` names a message; lets zod issue messages carry message keys. */
export function isMessageKey(value: string): value is MessageKey {
  return translate("nl", value as MessageKey) !== value;
}
