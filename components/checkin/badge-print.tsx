'use client';
import type { DoorAttendee } from '@/lib/checkin/types';
import styles from './checkin.module.css';

/** The badge for the browser's print dialog (90×55 mm label, one per page): first name large, last name, organisation. */
export function BadgePrint({ attendee }: { attendee: DoorAttendee | null }) {
  if (!attendee) return null;
  return (
    <div className={styles.badge} aria-hidden="true">
      <p className={styles.badgeFirst}>{attendee.firstName}</p>
      <p className={styles.badgeLast}>{[attendee.title, attendee.lastName].filter(Boolean).join(' ')}</p>
      {attendee.organization && <p className={styles.badgeOrg}>{attendee.organization}</p>}
    </div>
  );
}
