import { axisSteps } from "@/lib/insights/chart-scale";
import { ChartFrame } from "./chart-frame";
import { type ChartTone, toneClass } from "./chart-tones";
import styles from "./charts.module.css";

export interface ColumnSeries {
  name: string;
  tone: ChartTone;
  /** One value per category. */
  values: number[];
}

interface Props {
  /** What a screen reader hears instead of the picture: what it shows, with every value. */
  label: string;
  /** Along the bottom, e.g. months; a sublabel (e.g. the year) goes on a second line. */
  categories: { label: string; sublabel?: string }[];
  series: ColumnSeries[];
  /** The drawing's size in its own units: text keeps its size in them, so a narrower chart has larger text. */
  width?: number;
  height?: number;
  testId?: string;
}

const TOP = 28;
const BOTTOM = 52;
const LEFT = 44;
const RIGHT = 8;

/**
 * A column chart as plain SVG: columns per category side by side for each series, the value above
 * each column that is not zero, whole-number gridlines. One image for assistive technology, named
 * by `label`, which carries the values.
 */
export function ColumnChart({ label, categories, series, width = 900, height = 250, testId }: Props) {
  const max = Math.max(0, ...series.flatMap((each) => each.values));
  const { step, top } = axisSteps(max);
  const plotHeight = height - TOP - BOTTOM;
  const plotWidth = width - LEFT - RIGHT;
  const slot = plotWidth / Math.max(1, categories.length);
  const columnWidth = Math.min(52, (slot * 0.72) / Math.max(1, series.length));
  const groupWidth = columnWidth * series.length;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  // Category labels get smaller only when there are many of them.
  const labelSize = Math.min(
    15,
    Math.max(11, slot / Math.max(3, ...categories.map((each) => each.label.length)) / 0.6),
  );
  return (
    <ChartFrame
      label={label}
      legend={series.length > 1 ? series.map((each) => ({ tone: each.tone, label: each.name })) : []}
      width={width}
      height={height}
      testId={testId}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className={tick === 0 ? styles.axis : styles.grid}
            x1={LEFT}
            x2={width - RIGHT}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text className={styles.tick} x={LEFT - 10} y={y(tick)} textAnchor="end" dominantBaseline="central">
            {tick}
          </text>
        </g>
      ))}
      {categories.map((category, index) => {
        const center = LEFT + slot * index + slot / 2;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: categories keep the order they were given in
          <g key={index}>
            {series.map((each, place) => {
              const value = each.values[index] ?? 0;
              const x = center - groupWidth / 2 + place * columnWidth;
              return (
                <g key={each.name}>
                  {value > 0 && (
                    <rect
                      className={toneClass[each.tone]}
                      x={x + 1}
                      y={y(value)}
                      width={Math.max(2, columnWidth - 2)}
                      height={y(0) - y(value)}
                      rx={3}
                    />
                  )}
                  {value > 0 && (
                    <text
                      className={`${styles.value} ${styles.valueSmall}`}
                      data-testid="chart-value"
                      x={x + columnWidth / 2}
                      y={y(value) - 7}
                      textAnchor="middle"
                    >
                      {value}
                    </text>
                  )}
                </g>
              );
            })}
            <text
              className={styles.label}
              x={center}
              y={height - BOTTOM + 22}
              textAnchor="middle"
              // A presentation attribute, not a style attribute: the CSP allows no inline styles.
              fontSize={labelSize}
            >
              {category.label}
            </text>
            {category.sublabel && (
              <text className={styles.tick} x={center} y={height - BOTTOM + 42} textAnchor="middle">
                {category.sublabel}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
