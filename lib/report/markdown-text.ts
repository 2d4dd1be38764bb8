/**
 * User text inside Kring's Markdown report: it must read as the words people typed and never as
 * Markdown or HTML of its own. A reaction cannot add a heading, list, quote, link, image, code,
 * table cell or raw HTML, nor end the list item or paragraph it stands in.
 *
 * Every character that CommonMark or GitHub's dialect gives a meaning inline is backslash-escaped
 * (CommonMark renders an escaped ASCII punctuation character as itself), including `<` and `&`, so
 * no HTML tag or entity survives, and the `:` of `scheme://` and the `.` of `www.` so a URL is not
 * linked automatically. Each line's leading spaces go (four would start a code block) and a line
 * that would open a block (`#`, `-`, `+`, `1.`, `=`, `>`) has its first marker escaped.
 */
const INLINE = /[\\`*_[\]<>&|~!@#{}]/g;

function escapeLine(line: string): string {
  const escaped = line
    .replace(/^[ \t]+/, "")
    .replace(INLINE, (char) => `\\${char}`)
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/\b(www)\./gi, "$1\\.");
  // What opens a block at the start of a line: a list item, a setext underline or thematic break.
  return escaped.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** One line of text: line breaks and tabs become spaces. For headings, table cells and names. */
export function mdInline(value: string): string {
  return escapeLine(value.replace(/[\r\n\t]+/g, " ").replace(/[\p{Cc}]/gu, ""));
}

/**
 * A multi-line text inside a block (a list item or a paragraph): its lines are kept, as hard
 * breaks (a backslash at the end of the line), and indented by `indent` so that they stay in it.
 */
export function mdBlock(value: string, indent = ""): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[^\P{Cc}\n\t]/gu, "")
    .split("\n")
    .map((line) => escapeLine(line.replace(/\t/g, " ")))
    .filter((line, index, lines) => line !== "" || (index > 0 && index < lines.length - 1))
    .join(`\\\n${indent}`);
}
