import type { Messages } from "./messages/nl";
import type { MessageKey, MessageVars } from "./translate";

/**
 * Looks up `key` in one catalogue and fills `{name}` placeholders from `vars`; the key itself when
 * it names no message. Imports no catalogue, so the browser gets only the one the page's language
 * needs (the root layout hands it to I18nProvider).
 */
export function lookUp(messages: Messages, key: MessageKey, vars?: MessageVars): string {
  let node: unknown = messages;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") return key;
  return vars ? node.replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match)) : node;
}
