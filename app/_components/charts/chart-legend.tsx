import type { LegendEntry } from "./chart-tones";

/** What each colour in a chart stands for, above the chart. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className={`chart-swatch chart-${entry.tone}`} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
