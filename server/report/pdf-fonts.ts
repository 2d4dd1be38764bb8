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

let fonts: Record<FontFace, Buffer> | null = null;
let coverage: Set<number> | null = null;

/** The font files, read once per process. */
export function fontData(): Record<FontFace, Buffer> {
  if (!fonts) {
    fonts = {
      regular: readFileSync(path.join(FONT_DIR, FONT_FILES.regular)),
      bold: readFileSync(path.join(FONT_DIR, FONT_FILES.bold)),
      italic: readFileSync(path.join(FONT_DIR, FONT_FILES.italic)),
    };
  }
  return fonts;
}

/** The code points every face can draw (a text may be set in any of them). */
function covered(): Set<number> {
  if (!coverage) {
    const sets = Object.values(fontData()).map((data) => {
      const font = fontkit.create(data);
      if (!("characterSet" in font)) throw new Error("expected a single font, not a collection");
      return new Set(font.characterSet);
    });
    const [first = new Set<number>(), ...rest] = sets;
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
  let out = "";
  const cleaned = text.replace(/\r\n?/g, "\n").replace(/\t/g, " ");
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
