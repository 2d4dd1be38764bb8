import { decks } from "./nl/decks";
import { general } from "./nl/general";
import { groups } from "./nl/groups";
import { live } from "./nl/live";
import { lookingBack } from "./nl/looking-back";
import { sessions } from "./nl/sessions";

/** Dutch: Kring's first language. Every visible string lives in nl/ and en/, one file per part of the app. */
export const nl = { ...general, ...sessions, ...live, ...lookingBack, ...groups, ...decks } as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every catalogue has; en.ts must match it key for key. */
export type Messages = Widen<typeof nl>;
