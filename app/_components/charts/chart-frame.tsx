import type { ReactNode } from "react";
import { ChartLegend } from "./chart-legend";
import type { LegendEntry } from "./chart-tones";
import styles from "./charts.module.css";

interface Props {
  /** What a screen reader hears instead of the picture: what it shows, with every value. */
  label: string;
  legend: LegendEntry[];
  width: number;
  height: number;
  testId?: string;
  /** The drawing, in the SVG's own units. */
  children: ReactNode;
}

/** A drawing at most this wide (in its own units) is made for half a page: on a phone it needs less room. */
const NARROW = 480;

/**
 * What every chart is drawn in: its legend, a frame that scrolls sideways on a small screen (so the
 * keyboard must reach it), and the SVG, one image for assistive technology named by `label`.
 */
export function ChartFrame({ label, legend, width, height, testId, children }: Props) {
  return (
    <figure className={styles.chart} data-testid={testId}>
      <ChartLegend entries={legend} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on a small screen, so the keyboard must reach it; focused, it reads as the chart's image */}
      <div className={styles.frame} tabIndex={0}>
        <svg
          className={width <= NARROW ? `${styles.svg} ${styles.svgNarrow}` : styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={label}
          preserveAspectRatio="xMinYMin meet"
        >
          {children}
        </svg>
      </div>
    </figure>
  );
}
