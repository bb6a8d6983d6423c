import type { BadgeTone } from '@/components/events/registration-status';
import { StatusBadge } from '@/components/ui/status-badge';
import { fill } from '@/lib/i18n/config';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import styles from './events.module.css';

export interface Places {
  /** null = unlimited. */
  remaining: number | null;
  waitlistEnabled: boolean;
}

/** "noch 3 Plätze frei" / "ausgebucht – Warteliste möglich" with the badge tone that repeats it. */
export function placesLabel(places: Places, t: Dictionary['sessions']['places']): { label: string; tone: BadgeTone } {
  const { remaining } = places;
  if (remaining === null) return { label: t.open, tone: 'success' };
  if (remaining === 0)
    return places.waitlistEnabled ? { label: t.fullWaitlist, tone: 'warning' } : { label: t.full, tone: 'danger' };
  return {
    label: remaining === 1 ? t.one : fill(t.left, { n: remaining }),
    tone: remaining <= 3 ? 'warning' : 'success',
  };
}

/** The programme's mark on a bookable session: that it is booked with the registration, and its places. */
export function SessionPlacesMark({
  session,
  t,
}: {
  session: { capacity: number | null; confirmedCount: number; waitlistEnabled: boolean };
  t: Dictionary['sessions'];
}) {
  const remaining = session.capacity === null ? null : Math.max(session.capacity - session.confirmedCount, 0);
  const { label, tone } = placesLabel({ remaining, waitlistEnabled: session.waitlistEnabled }, t.places);
  return (
    <p className={styles.badges}>
      <StatusBadge label={t.programme.bookable} tone="neutral" /> <StatusBadge label={label} tone={tone} />
    </p>
  );
}
