import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * The fonts of the PDF report: DejaVu Sans from the `dejavu-fonts-ttf` package, embedded (subset)
 * into every PDF. It covers Latin with all its accents (é ë ï ł ő č …), Greek, Cyrillic and the
 * usual punctuation (’ “ ” € –), so a report reads the same whatever the names and texts hold.
 *
 * The files are read from node_modules by path at run time (not bundled), relative to the working
 * directory, which is the project folder for `npm start`, `npm run dev` and the tests.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const;

export type FontFace = keyof typeof FONT_FILES;

/** What stands in for a character that no face of the font can draw (an emoji, Chinese …). */
export const REPLACEMENT = "\uFFFD";

let fonts: Record<FontFace, fontkit.Font> | null = null;
let coverage: Set<number> | null = null;

/**
 * The faces, read and parsed once per process. pdfkit takes a parsed font as it is and makes its
 * own subset per document, so a PDF does not parse the font files again (most of the work).
 */
export function fontFaces(): Record<FontFace, fontkit.Font> {
  if (!fonts) {
    const open = (face: FontFace): fontkit.Font => {
      const font = fontkit.create(readFileSync(path.join(FONT_DIR, FONT_FILES[face])));
      if (!("characterSet" in font)) throw new Error(`${FONT_FILES[face]} is a font collection`);
      return font;
    };
    fonts = { regular: open("regular"), bold: open("bold"), italic: open("italic") };
  }
  return fonts;
}

/** The code points every face can draw (a text may be set in any of them). */
function covered(): Set<number> {
  if (!coverage) {
    const [first = new Set<number>(), ...rest] = Object.values(fontFaces()).map((font) => new Set(font.characterSet));
    coverage = new Set([...first].filter((code) => rest.every((set) => set.has(code))));
  }
  return coverage;
}

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * A text as the PDF can show it. Line ends become "\n", tabs a space, other control characters go.
 * A character the font lacks would print as an empty box and vanish from the PDF's text; instead the
 * whole character as a reader sees it (an emoji with its skin tone, say) becomes one "\uFFFD" (�),
 * which prints and can be found. Marks the font lacks on a character it has (an emoji variation
 * selector on ❤) are dropped.
 */
export function printable(text: string): string {
  const codes = covered();
  const cleaned = text.replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  if (allPrintable(cleaned, codes)) return cleaned;
  let out = "";
  for (const { segment } of segmenter.segment(cleaned)) {
    const points = [...segment].map((char) => char.codePointAt(0) ?? 0);
    const base = points[0] ?? 0;
    if (base === 10) {
      out += "\n";
      continue;
    }
    if (base < 32 || (base >= 0x7f && base < 0xa0)) continue;
    if (!codes.has(base)) {
      out += REPLACEMENT;
      continue;
    }
    out += String.fromCodePoint(...points.filter((code) => codes.has(code)));
  }
  return out;
}

/** True when the font has every character of `text` and it holds no control character but "\n". */
function allPrintable(text: string, codes: Set<number>): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 10) continue;
    if (code < 32 || (code >= 0x7f && code < 0xa0) || !codes.has(code)) return false;
  }
  return true;
}
