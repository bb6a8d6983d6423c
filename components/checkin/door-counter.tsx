'use client';
import { bookingOf, type DoorLanguage } from '@/lib/checkin/display';
import type { DoorAttendee } from '@/lib/checkin/types';
import { fill } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/format';
import styles from './checkin.module.css';

/**
 * How many of whom are in: at the entrance the confirmed on-site people, at a room door the session's bookings
 * (online attendees come through no door).
 */
export function countAtDoor(attendees: readonly DoorAttendee[], door: string | null) {
  const confirmed = attendees.filter((a) => a.status === 'confirmed' && a.mode !== 'online');
  if (door === null) return { checked: confirmed.filter((a) => a.checkedInAt).length, total: confirmed.length };
  const booked = confirmed.flatMap((a) => {
    const booking = bookingOf(a, door);
    return booking ? [booking] : [];
  });
  return { checked: booked.filter((b) => b.checkedInAt).length, total: booked.length };
}

/** The door's counter, from the device's list (so it counts offline check-ins too). */
export function DoorCounter({
  attendees,
  door,
  language: { t, room, locale },
}: {
  attendees: readonly DoorAttendee[];
  door: string | null;
  language: DoorLanguage;
}) {
  const { checked, total } = countAtDoor(attendees, door);
  const text = door !== null && room ? room.counter : t.counter;
  const [before, after = ''] = text.split('{checked}');
  return (
    <p className={styles.counter} aria-live="polite" data-testid="door-counter">
      {before}
      <strong>{formatNumber(checked, locale)}</strong>
      {fill(after, { total: formatNumber(total, locale) })}
    </p>
  );
}
