import { connections } from "./vocabulary/connections";
import { expectations } from "./vocabulary/expectations";
import { externalSupport } from "./vocabulary/external-support";
import { internalSupport } from "./vocabulary/internal-support";

/**
 * The field's vocabulary, curated: how people who work on tenant participation describe a
 * situation in their own words, mapped to the words the lessons use. A pitched case rarely uses a
 * lesson's wording ("nobody on my team wants to take this up" for "look for colleagues who want to
 * be ambassadors"), so each concept lists the signals that point to it (`when`) and the lesson
 * vocabulary it adds to the search (`adds`). The database stems both sides, in Dutch and English.
 *
 * A signal is one or more words in order, each matched as the start of a word of the case
 * ("vergader" matches "vergaderingen"), within a few words of each other; words of three letters
 * or fewer match whole. Lower case, no accents. Keep signals specific to the concept: a signal
 * shared by many concepts only adds noise.
 */

export interface Concept {
  /** Shown as the reason, in the case's own terms: "bevlogen collega's" / "colleagues on board". */
  label: { nl: string; en: string };
  when: readonly string[];
  adds: readonly string[];
}

/** Every concept, in the order of the deck's themes (lib/suggest/vocabulary/, one file a theme). */
export const concepts: readonly Concept[] = [...internalSupport, ...connections, ...expectations, ...externalSupport];
