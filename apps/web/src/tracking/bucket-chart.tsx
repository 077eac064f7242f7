import type { ComplianceRow } from '../api/responses';
import { useI18n } from '../i18n/i18n';

export const BUCKETS = ['onTime', 'late', 'open', 'overdue'] as const;

const BAR = 22;
const GAP = 10;
const LABEL = 260;
const WIDTH = 720;

/** Labels longer than the label column are cut, whole name in the tooltip and the table. */
const LABEL_CHARS = 34;
const clip = (label: string): string => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

export const rowLabel = (row: ComplianceRow, noUnit: string): string => `${row.name ?? noUnit}${row.year ? ` (${row.year})` : ''}`;

/**
 * The four buckets per unit as stacked horizontal bars, each bar scaled to the unit's own total (shares, so a
 * small unit reads as clearly as a large one); the table beside it carries the numbers.
 */
export function BucketChart({ rows, title }: { rows: ComplianceRow[]; title: string }) {
  const { t } = useI18n();
  const height = rows.length * (BAR + GAP) + GAP;
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby="bucket-chart-title" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id="bucket-chart-title">{title}</title>
        {rows.map((row, i) => {
          const total = BUCKETS.reduce((sum, bucket) => sum + row.counts[bucket], 0);
          const y = GAP + i * (BAR + GAP);
          let x = LABEL;
          return (
            <g key={`${row.unitId}-${row.issuer}-${row.year}`}>
              <text x={LABEL - 8} y={y + BAR / 2} dominantBaseline="middle" textAnchor="end" className="chart-label">
                {clip(rowLabel(row, t('tracking.noUnit')))}
                <title>{rowLabel(row, t('tracking.noUnit'))}</title>
              </text>
              {BUCKETS.map((bucket) => {
                const width = total ? (row.counts[bucket] / total) * (WIDTH - LABEL - 4) : 0;
                const rect = width > 0 && (
                  <rect key={bucket} x={x} y={y} width={width} height={BAR} className={`bucket-${bucket}`}>
                    <title>{`${t(`tracking.${bucket}`)}: ${row.counts[bucket]}`}</title>
                  </rect>
                );
                x += width;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {BUCKETS.map((bucket) => (
            <li key={bucket}>
              <span className={`swatch bucket-${bucket}`} aria-hidden="true" /> {t(`tracking.${bucket}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
