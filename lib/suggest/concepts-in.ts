import { normalizeForSearch } from "@/lib/domain/lesson-search";
import type { Concept } from "./thesaurus";

/** How far apart (in words) the words of one signal may be: "niemand in mijn team wil" still counts. */
const WINDOW = 4;

/** The words of a text, normalised (lower case, no accents), split on anything but letters and digits. */
export function wordsOf(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0);
}

function wordMatches(signal: string, word: string): boolean {
  return signal.length <= 3 ? word === signal : word.startsWith(signal);
}

/**
 * Where a signal ("niemand wil") occurs in the words: its words in order, each within WINDOW words
 * of the one before. Returns the matched words of the case (for the reason line), or null.
 */
export function findSignal(signal: string, words: readonly string[]): string[] | null {
  const [first, ...rest] = wordsOf(signal);
  if (first === undefined) return null;
  for (const [start, word] of words.entries()) {
    if (!wordMatches(first, word)) continue;
    const found = [word];
    let at = start;
    for (const part of rest) {
      const next = words.slice(at + 1, at + 1 + WINDOW).findIndex((candidate) => wordMatches(part, candidate));
      if (next < 0) break;
      at += next + 1;
      found.push(words[at] as string);
    }
    if (found.length === rest.length + 1) return found;
  }
  return null;
}

export interface ConceptHit {
  concept: Concept;
  /** The case's own words that raised it, e.g. ["niemand", "wil"]. */
  words: string[];
}

/** The concepts a text raises, each with the words that raised it first. */
export function conceptsIn(text: string, all: readonly Concept[]): ConceptHit[] {
  const words = wordsOf(text);
  const hits: ConceptHit[] = [];
  for (const concept of all) {
    for (const signal of concept.when) {
      const found = findSignal(signal, words);
      if (found) {
        hits.push({ concept, words: found });
        break;
      }
    }
  }
  return hits;
}
