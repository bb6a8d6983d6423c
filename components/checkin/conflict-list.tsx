'use client';
import { useEffect, useState } from 'react';
import { clockTime, type DoorLanguage, deviceLabel } from '@/lib/checkin/display';
import { createDoorApi } from '@/lib/checkin/door-api';
import type { CheckinConflict } from '@/lib/checkin/types';
import { fill } from '@/lib/i18n/config';
import styles from './checkin.module.css';

/** For the supervisor: people let in offline whom the server refuses (e.g. cancelled meanwhile). */
export function ConflictList({ slug, tick, language }: { slug: string; tick: string | null; language: DoorLanguage }) {
  const [conflicts, setConflicts] = useState<CheckinConflict[] | null>(null);
  useEffect(() => {
    let stale = false;
    // A failed or malformed answer keeps the list shown last; the next sync tick asks again.
    void createDoorApi(slug, (url, init) => fetch(url, init), language.locale)
      .conflicts()
      .then((res) => {
        if (!stale && res.ok) setConflicts(res.data.conflicts);
      });
    return () => {
      stale = true;
    };
  }, [slug, tick, language.locale]);
  if (!conflicts || conflicts.length === 0) return null;
  const t = language.t.conflicts;
  const room = language.room?.conflicts;
  const texts: Record<string, string | undefined> = {
    cancelled: t.cancelled,
    waitlisted: t.waitlisted,
    not_booked: room?.notBooked,
    online: room?.online,
  };
  const status = (s: string) => texts[s] ?? s;
  return (
    <section aria-labelledby="conflicts-heading" className={styles.conflicts}>
      <h2 id="conflicts-heading">{fill(t.heading, { n: conflicts.length })}</h2>
      <p>{t.intro}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.checkInId}>
            <strong>{c.name}</strong> –{' '}
            {fill(t.line, {
              status: status(c.status),
              time: clockTime(c.scannedAt, language.locale),
              device: deviceLabel(c.deviceId, language),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
