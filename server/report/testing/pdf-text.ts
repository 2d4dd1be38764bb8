import { extractText, extractTextItems, getDocumentProxy } from "unpdf";

/** What a PDF holds as a reader (or a screen reader, or a search) gets it: its text, page by page. */
export interface PdfContent {
  pages: string[];
  /** All pages' text with every run of white space (line ends included) made one space. */
  text: string;
  /** Each page's text items with their place in points (x from the left, y from the bottom). */
  items: { str: string; x: number; y: number; width: number }[][];
  /** Each page's size in points. */
  sizes: { width: number; height: number }[];
}

/** Parses a PDF with PDF.js (through unpdf, pure JS) and reads its text back. */
export async function readPdf(data: Uint8Array): Promise<PdfContent> {
  // PDF.js takes the bytes over (detaches them): give it a copy.
  const document = await getDocumentProxy(new Uint8Array(data));
  const { text } = await extractText(document, { mergePages: false });
  const { items } = await extractTextItems(document);
  const sizes: PdfContent["sizes"] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const viewport = (await document.getPage(number)).getViewport({ scale: 1 });
    sizes.push({ width: viewport.width, height: viewport.height });
  }
  await document.destroy();
  return { pages: text, text: oneLine(text.join(" ")), items, sizes };
}

/** A text with every run of white space made one space, as it is compared with what a PDF holds. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
