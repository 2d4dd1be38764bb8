import { type LegendEntry, toneClass } from "./chart-tones";
import styles from "./charts.module.css";

/** What each colour in a chart stands for, above the chart. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className={styles.legend}>
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`${styles.swatch} ${toneClass[entry.tone]}`} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
