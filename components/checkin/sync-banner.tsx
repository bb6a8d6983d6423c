'use client';
import { clockTime, type DoorLanguage } from '@/lib/checkin/display';
import { fill } from '@/lib/i18n/config';
import { formatNumber } from '@/lib/format';
import styles from './checkin.module.css';

/** Online/offline, last sync and unsynced scans, always visible at the top of the door screen. */
export function SyncBanner({
  online,
  lastSyncAt,
  pending,
  offlineReady,
  language: { t, locale },
}: {
  online: boolean;
  lastSyncAt: string | null;
  pending: number;
  offlineReady: boolean;
  language: DoorLanguage;
}) {
  const b = t.banner;
  return (
    <p className={`${styles.banner} ${online ? styles.bannerOnline : styles.bannerOffline}`} data-testid="sync-banner">
      <strong>{online ? b.online : b.offline}</strong>
      <span>{lastSyncAt ? fill(b.lastSync, { time: clockTime(lastSyncAt, locale) }) : b.noSync}</span>
      <span>
        {pending === 0
          ? b.allSent
          : pending === 1
            ? b.pendingOne
            : fill(b.pendingMany, { n: formatNumber(pending, locale) })}
      </span>
      <span>{offlineReady ? b.offlineReady : b.offlinePreparing}</span>
    </p>
  );
}
