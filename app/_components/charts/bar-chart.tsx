import { ChartFrame } from "./chart-frame";
import { type ChartTone, clip, type LegendEntry, textWidth, toneClass } from "./chart-tones";
import styles from "./charts.module.css";

export interface BarChartRow {
  label: string;
  /** Parts of the bar, stacked from the left. */
  segments: { value: number; tone: ChartTone }[];
  /** A lighter, outlined band behind the bar, e.g. the planned time the bar is measured against. */
  band?: number;
  /** Written beside the bar. */
  valueLabel: string;
  /** A row that stands apart (e.g. anonymous reactions): its label in italics. */
  apart?: boolean;
}

interface Props {
  /** What a screen reader hears instead of the picture: what it shows, with every value. */
  label: string;
  rows: BarChartRow[];
  /** The value that fills the width. */
  max: number;
  legend?: LegendEntry[];
  testId?: string;
}

const WIDTH = 840;
const ROW = 46;
const BAR = 24;
const BAND = 36;
const LABEL_CHARS = 26;

/**
 * A horizontal bar chart as plain SVG: one row per item with its label on the left and its value
 * written beside the bar, so it reads without an axis, on a projector too. The SVG is one image for
 * assistive technology, named by `label`, which carries the values.
 */
export function BarChart({ label, rows, max, legend = [], testId }: Props) {
  const labelWidth = Math.min(240, Math.max(96, ...rows.map((row) => textWidth(clip(row.label, LABEL_CHARS)) + 20)));
  const valueWidth = Math.min(180, Math.max(56, ...rows.map((row) => textWidth(row.valueLabel) + 20)));
  const plot = WIDTH - labelWidth - valueWidth;
  const scale = (value: number) => (max > 0 ? (Math.max(0, value) / max) * plot : 0);
  const height = rows.length * ROW + 8;
  return (
    <ChartFrame label={label} legend={legend} width={WIDTH} height={height} testId={testId}>
      {rows.map((row, index) => {
        const middle = 4 + index * ROW + ROW / 2;
        let x = labelWidth;
        const bars = row.segments.map((segment, part) => {
          const width = scale(segment.value);
          const rect = (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: a segment's place in its bar is what it is
              key={part}
              className={toneClass[segment.tone]}
              x={x}
              y={middle - BAR / 2}
              width={width}
              height={BAR}
              rx={3}
            />
          );
          x += width;
          return rect;
        });
        const bandEnd = row.band === undefined ? labelWidth : labelWidth + scale(row.band);
        const shown = clip(row.label, LABEL_CHARS);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows keep the order they were given in
          <g key={index} data-testid="chart-row">
            {shown !== row.label && <title>{row.label}</title>}
            {row.band !== undefined && row.band > 0 && (
              <rect
                className={styles.band}
                x={labelWidth}
                y={middle - BAND / 2}
                width={bandEnd - labelWidth}
                height={BAND}
                rx={4}
              />
            )}
            {bars}
            <text
              className={row.apart ? `${styles.label} ${styles.labelApart}` : styles.label}
              x={labelWidth - 12}
              y={middle}
              textAnchor="end"
              dominantBaseline="central"
            >
              {shown}
            </text>
            <text
              className={styles.value}
              data-testid="chart-value"
              x={Math.max(x, bandEnd) + 10}
              y={middle}
              dominantBaseline="central"
            >
              {row.valueLabel}
            </text>
          </g>
        );
      })}
      <line className={styles.axis} x1={labelWidth} x2={labelWidth} y1={4} y2={height - 4} />
    </ChartFrame>
  );
}
