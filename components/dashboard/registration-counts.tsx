import type { RegistrationCounts } from '@/lib/attendees/queries';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
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
export function RegistrationCountsList({
  counts,
  capacity,
  t,
  locale,
}: {
  counts: RegistrationCounts;
  capacity: number | null;
  t: Dictionary['dashboard']['attendees'];
  locale: Locale;
}) {
  const n = (value: number) => formatNumber(value, locale);
  return (
    <KeyFigures
      items={[
        [t.confirmed, capacity === null ? n(counts.confirmed) : `${n(counts.confirmed)} / ${n(capacity)}`],
        [t.waitlisted, n(counts.waitlisted)],
        [t.cancelled, n(counts.cancelled)],
        [t.checkedIn, n(counts.checkedIn)],
      ]}
    />
  );
}
