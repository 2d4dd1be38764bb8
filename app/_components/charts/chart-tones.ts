import styles from "./charts.module.css";

/**
 * The colours a chart may use, as CSS classes (charts.module.css): the app's own tokens,
 * chosen to stay apart on a projector and for colour-blind viewers (teal, rust, grey; "band" is the
 * light outlined band a bar is measured against).
 */
export type ChartTone = "brand" | "accent" | "muted" | "band";

/** Each tone's class: the fill of a bar, the background of a legend's swatch. */
export const toneClass: Record<ChartTone, string | undefined> = {
  brand: styles.brand,
  accent: styles.accent,
  muted: styles.muted,
  band: styles.band,
};

export interface LegendEntry {
  tone: ChartTone;
  label: string;
}

/** A rough text width at the charts' label size (15 units of Inter), to make room for labels. */
export function textWidth(text: string, size = 15): number {
  return text.length * size * 0.56;
}

/** `text` cut to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
