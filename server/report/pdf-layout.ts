import PDFDocument from "pdfkit";
import { type FontFace, fontFaces, printable } from "./pdf-fonts";

/** Kring's colours (app/globals.css), chosen to print well in black and white too. */
export const COLORS = {
  ink: "#1d2730",
  muted: "#4f5b66",
  line: "#d9d1c3",
  brand: "#0d5c63",
  brandSoft: "#e8f2f2",
  accent: "#9c4615",
  danger: "#a3261b",
} as const;

/** A4 in points, with margins of about 2 cm (more at the bottom for the page number). */
const PAGE = { size: "A4", margins: { top: 58, bottom: 72, left: 60, right: 60 } } as const;

export interface TextStyle {
  face?: FontFace;
  size?: number;
  color?: string;
  lineGap?: number;
}

const BODY: Required<TextStyle> = { face: "regular", size: 10.5, color: COLORS.ink, lineGap: 3 };

/**
 * A thin layer over pdfkit for a flowing A4 document: styled text that wraps and continues on the
 * next page, blocks kept together when they fit on a page, and page numbers written at the end.
 * Every text goes through `printable()`, so characters the font lacks show as "�".
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;

  constructor(info: { title: string; author: string; subject: string; lang: string; created: Date }) {
    const faces = fontFaces();
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: { ...PAGE.margins },
      bufferPages: true,
      // pdfkit takes a parsed (fontkit) font too; so no standard font is loaded, whose AFM files
      // pdfkit would read from its own folder.
      font: faces.regular as unknown as string,
      lang: info.lang,
      displayTitle: true,
      info: {
        Title: printable(info.title),
        Author: printable(info.author),
        Subject: printable(info.subject),
        Creator: "Kring",
        Producer: "Kring",
        CreationDate: info.created,
      },
    });
    this.ended = new Promise<void>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on("end", () => resolve());
      this.doc.on("error", reject);
    });
    for (const face of Object.keys(faces) as FontFace[]) {
      this.doc.registerFont(face, faces[face] as unknown as PDFKit.Mixins.PDFFontSource);
    }
    this.style({});
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y that content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  style(style: TextStyle): this {
    const full = { ...BODY, ...style };
    this.doc.font(full.face).fontSize(full.size).fillColor(full.color);
    return this;
  }

  /** Height of a text in a style and width, as `text()` would lay it out. */
  measure(text: string, style: TextStyle, width = this.width): number {
    this.style(style);
    return this.doc.heightOfString(printable(text), { width, lineGap: style.lineGap ?? BODY.lineGap });
  }

  /** Writes a text at the left margin (or `indent` further in), flowing over pages. */
  text(text: string, style: TextStyle = {}, options: { indent?: number; width?: number } = {}): this {
    const indent = options.indent ?? 0;
    this.style(style);
    this.doc.text(printable(text), this.left + indent, this.doc.y, {
      width: options.width ?? this.width - indent,
      lineGap: style.lineGap ?? BODY.lineGap,
    });
    return this;
  }

  /**
   * Runs of differently styled text in one paragraph (a bold label, then the text), wrapping as one.
   */
  runs(parts: { text: string; style: TextStyle }[], options: { indent?: number } = {}): this {
    const indent = options.indent ?? 0;
    const visible = parts.filter((part) => part.text.length > 0);
    visible.forEach((part, index) => {
      this.style(part.style);
      const settings = {
        width: this.width - indent,
        lineGap: part.style.lineGap ?? BODY.lineGap,
        continued: index < visible.length - 1,
      };
      if (index === 0) this.doc.text(printable(part.text), this.left + indent, this.doc.y, settings);
      else this.doc.text(printable(part.text), settings);
    });
    return this;
  }

  space(points: number): this {
    this.doc.y += points;
    return this;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  keep(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  /** A small uppercase label above a heading. */
  eyebrow(text: string, color: string = COLORS.brand): this {
    this.style({ face: "bold", size: 8, color });
    this.doc.text(printable(text.toLocaleUpperCase()), this.left, this.doc.y, {
      width: this.width,
      characterSpacing: 0.8,
      lineGap: 2,
    });
    return this;
  }

  /** A section heading with a rule under it, kept on a page with `next` points of what follows. */
  heading(text: string, next = 60): this {
    const style = { face: "bold", size: 14, color: COLORS.ink, lineGap: 2 } as const;
    this.keep(this.measure(text, style) + 10 + next);
    this.space(6).text(text, style);
    const y = this.doc.y + 3;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.75)
      .strokeColor(COLORS.line)
      .stroke();
    this.doc.y = y + 9;
    return this;
  }

  /**
   * A block with a bar on its left (and a tint behind it), its text padded. The block moves to the
   * next page whole when it fits there; one taller than a page flows over pages without the frame.
   */
  framed(draw: (indent: number) => void, height: number, frame: { bar: string; fill?: string }): this {
    const pad = 8;
    const total = height + 2 * pad;
    const pageRoom = this.bottom - this.top;
    if (total > pageRoom) {
      draw(0);
      return this;
    }
    this.keep(total);
    const y = this.doc.y;
    if (frame.fill) this.doc.rect(this.left, y, this.width, total).fill(frame.fill);
    this.doc.rect(this.left, y, 3, total).fill(frame.bar);
    this.doc.y = y + pad;
    draw(14);
    this.doc.y = y + total;
    return this;
  }

  /** A thin horizontal rule across the text column. */
  rule(color: string = COLORS.line): this {
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
    return this;
  }

  /** Writes `left` and `right` in the footer of every page, then ends the document. */
  async finish(footer: (page: number, total: number) => { left: string; right: string }): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const { left, right } = footer(index + 1, range.count);
      const margins = this.doc.page.margins;
      const bottomMargin = margins.bottom;
      // Text below the bottom margin would make pdfkit start a new page: lift the margin meanwhile.
      margins.bottom = 0;
      const y = this.doc.page.height - bottomMargin + 26;
      this.doc
        .moveTo(this.left, y - 8)
        .lineTo(this.left + this.width, y - 8)
        .lineWidth(0.5)
        .strokeColor(COLORS.line)
        .stroke();
      this.style({ size: 8, color: COLORS.muted });
      const half = this.width / 2;
      this.doc.text(this.fit(printable(left), half + 40), this.left, y, { lineBreak: false });
      this.doc.text(printable(right), this.left + half, y, { width: half, align: "right", lineBreak: false });
      margins.bottom = bottomMargin;
    }
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }

  /** A text cut to `width` in the current style, ending in "…" when cut. */
  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 0 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }
}
