import type { RegistrationCounts } from '@/lib/attendees/queries';
import { formatNumber } from '@/lib/format';
import { fill, type Locale } from '@/lib/i18n/config';
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

/** What the key figures add for an event with approval or an invitees' contingent (issue #16). */
export interface AccessFigures {
  approvalRequired: boolean;
  /** The contingent's size and use; null when the event holds none. */
  contingent: { seats: number; taken: number; released: boolean } | null;
  t: Dictionary['approval']['list'];
}

/** The event's key figures as a definition list. */
export function RegistrationCountsList({
  counts,
  capacity,
  t,
  locale,
  access,
}: {
  counts: RegistrationCounts;
  capacity: number | null;
  t: Dictionary['dashboard']['attendees'];
  locale: Locale;
  access?: AccessFigures;
}) {
  const n = (value: number) => formatNumber(value, locale);
  const items: [string, string][] = [
    [t.confirmed, capacity === null ? n(counts.confirmed) : `${n(counts.confirmed)} / ${n(capacity)}`],
    [t.waitlisted, n(counts.waitlisted)],
  ];
  // Pending and rejected are shown where approval is on or was on (some remain); the contingent where there is one.
  if (access && (access.approvalRequired || counts.pending > 0 || counts.rejected > 0))
    items.push([access.t.pendingCount, n(counts.pending)], [access.t.rejectedCount, n(counts.rejected)]);
  if (access?.contingent) {
    const { seats, taken, released } = access.contingent;
    const value = fill(access.t.contingentValue, { taken: n(taken), seats: n(seats) });
    items.push([access.t.contingentCount, released ? `${value} (${access.t.contingentReleased})` : value]);
  }
  items.push([t.cancelled, n(counts.cancelled)], [t.checkedIn, n(counts.checkedIn)]);
  return <KeyFigures items={items} />;
}
