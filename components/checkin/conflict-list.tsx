'use client';
import { useEffect, useState } from 'react';
import { clockTime, deviceLabel } from '@/lib/checkin/display';
import { createDoorApi } from '@/lib/checkin/door-api';
import type { CheckinConflict } from '@/lib/checkin/types';
import styles from './checkin.module.css';

const STATUS = { cancelled: 'storniert', waitlisted: 'auf der Warteliste' } as Record<string, string>;

/** For the supervisor: people let in offline whom the server refuses (e.g. cancelled meanwhile). */
export function ConflictList({ slug, tick }: { slug: string; tick: string | null }) {
  const [conflicts, setConflicts] = useState<CheckinConflict[] | null>(null);
  useEffect(() => {
    let stale = false;
    // A failed or malformed answer keeps the list shown last; the next sync tick asks again.
    void createDoorApi(slug, (url, init) => fetch(url, init))
      .conflicts()
      .then((res) => {
        if (!stale && res.ok) setConflicts(res.data.conflicts);
      });
    return () => {
      stale = true;
    };
  }, [slug, tick]);
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading" className={styles.conflicts}>
      <h2 id="conflicts-heading">Konflikte ({conflicts.length})</h2>
      <p>Diese Personen wurden offline eingelassen, ihre Anmeldung ist aber nicht gültig:</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.checkInId}>
            <strong>{c.name}</strong> – {STATUS[c.status] ?? c.status}; eingelassen {clockTime(c.scannedAt)} Uhr an{' '}
            {deviceLabel(c.deviceId)}
          </li>
        ))}
      </ul>
    </section>
  );
}
