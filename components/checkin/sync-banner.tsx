'use client';
import { clockTime } from '@/lib/checkin/display';
import styles from './checkin.module.css';

const number = new Intl.NumberFormat('de-DE');

/** Online/offline, last sync and unsynced scans, always visible at the top of the door screen. */
export function SyncBanner({
  online,
  lastSyncAt,
  pending,
  offlineReady,
}: {
  online: boolean;
  lastSyncAt: string | null;
  pending: number;
  offlineReady: boolean;
}) {
  return (
    <p className={`${styles.banner} ${online ? styles.bannerOnline : styles.bannerOffline}`} data-testid="sync-banner">
      <strong>{online ? 'Online' : 'Offline'}</strong>
      <span>{lastSyncAt ? `Letzter Abgleich ${clockTime(lastSyncAt)} Uhr` : 'Noch kein Abgleich'}</span>
      <span>
        {pending === 0
          ? 'Alle Scans übertragen'
          : `${number.format(pending)} ${pending === 1 ? 'Scan' : 'Scans'} nicht übertragen`}
      </span>
      <span>{offlineReady ? 'Offline bereit' : 'Offline-Modus wird vorbereitet …'}</span>
    </p>
  );
}
