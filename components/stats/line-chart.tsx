import { useId } from 'react';
import { formatNumber } from '@/lib/format';
import styles from './stats.module.css';

const W = 640;
const H = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

/** A cumulative line as server-rendered SVG; the same numbers belong in a table next to it. */
export function LineChart({
  points,
  title,
  description,
}: {
  points: { label: string; value: number }[];
  title: string;
  description: string;
}) {
  const id = useId();
  const max = Math.max(1, ...points.map((p) => p.value));
  const x = (i: number) =>
    PAD.left +
    (points.length > 1 ? (i / (points.length - 1)) * (W - PAD.left - PAD.right) : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const area = points.length ? `${x(0)},${y(0)} ${line} ${x(points.length - 1)},${y(0)}` : '';
  return (
    <svg className={styles.chart} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      <line className={styles.grid} x1={PAD.left} x2={W - PAD.right} y1={y(max)} y2={y(max)} />
      <polygon className={styles.area} points={area} />
      <polyline className={styles.line} points={line} />
      {points.length <= 62 &&
        points.map((p, i) => <circle key={i} className={styles.dot} cx={x(i)} cy={y(p.value)} r={3.5} />)}
      <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      <text className={styles.muted} x={PAD.left - 8} y={y(max) + 4} textAnchor="end">
        {formatNumber(max)}
      </text>
      <text className={styles.muted} x={PAD.left - 8} y={y(0) + 4} textAnchor="end">
        0
      </text>
      {points.length > 0 && (
        <>
          <text className={styles.muted} x={x(0)} y={H - 12} textAnchor="start">
            {points[0]!.label}
          </text>
          {points.length > 1 && (
            <text className={styles.muted} x={x(points.length - 1)} y={H - 12} textAnchor="end">
              {points[points.length - 1]!.label}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
