/**
 * The database marks search hits in a snippet with two private-use characters (never in what people
 * type: the search input drops them), so the page can show hits as <mark> without handing the
 * database any HTML to trust.
 */
export const HIT_START = "\uE000";
export const HIT_END = "\uE001";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** A marked snippet as plain-text parts, each a hit or not; stray markers are dropped. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, hit });
    text = "";
  };
  for (const char of snippet) {
    if (char === HIT_START || char === HIT_END) {
      flush();
      hit = char === HIT_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
