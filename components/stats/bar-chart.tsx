import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import styles from './stats.module.css';

const W = 640;
const ROW = 28;
const LABEL_W = 210;
const VALUE_W = 56;

/** Horizontal bars as server-rendered SVG; the same numbers belong in a table next to it. */
export function BarChart({
  bars,
  title,
  description,
}: {
  /** `lang` marks a label that is a German name (a state) on a page in another language. */
  bars: { label: string; value: number; lang?: 'de' }[];
  title: string;
  description: string;
}) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const span = W - LABEL_W - VALUE_W - 16;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {bars.map((b, i) => {
        const top = 4 + i * ROW;
        const width = Math.max(b.value > 0 ? 2 : 0, (b.value / max) * span);
        return (
          <g key={`${b.label}-${i}`}>
            <text className={styles.label} x={LABEL_W - 8} y={top + ROW / 2 + 4} textAnchor="end" lang={b.lang}>
              {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
            </text>
            <rect className={styles.bar} x={LABEL_W} y={top + 5} width={width} height={ROW - 10} rx={2} />
            <text className={styles.label} x={LABEL_W + width + 6} y={top + ROW / 2 + 4}>
              {formatNumber(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
