import type { RegistrationCounts } from '@/lib/attendees/queries';
import { formatNumber } from '@/lib/format';
import styles from './dashboard.module.css';

/** Key figures as a definition list of tiles: label above, the formatted value large below. */
export function KeyFigures({ items }: { items: [label: string, value: string][] }) {
  return (
    <dl className={styles.counts}>
      {items.map(([label, value]) => (
        <div key={label} className={styles.count}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The event's key figures as a definition list. */
export function RegistrationCountsList({ counts, capacity }: { counts: RegistrationCounts; capacity: number | null }) {
  return (
    <KeyFigures
      items={[
        [
          'Bestätigt',
          capacity === null
            ? formatNumber(counts.confirmed)
            : `${formatNumber(counts.confirmed)} / ${formatNumber(capacity)}`,
        ],
        ['Warteliste', formatNumber(counts.waitlisted)],
        ['Storniert', formatNumber(counts.cancelled)],
        ['Eingecheckt', formatNumber(counts.checkedIn)],
      ]}
    />
  );
}
