import { snippetParts } from "@/lib/archive/highlight";

/** A text whose hits the database marked (lib/archive/highlight.ts), with the hits as <mark>. */
export function MarkedText({ text }: { text: string }) {
  return snippetParts(text).map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order, never reordered
    part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
