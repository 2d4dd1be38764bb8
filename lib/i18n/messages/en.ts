import { decks } from "./en/decks";
import { general } from "./en/general";
import { groups } from "./en/groups";
import { live } from "./en/live";
import { lookingBack } from "./en/looking-back";
import { sessions } from "./en/sessions";
import type { Messages } from "./nl";

/** English: Kring's second language, the same keys as nl.ts, checked part by part (en/). */
export const en: Messages = { ...general, ...sessions, ...live, ...lookingBack, ...groups, ...decks };
