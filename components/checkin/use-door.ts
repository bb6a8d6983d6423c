'use client';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createDoorApi } from '@/lib/checkin/door-api';
import { createDoorEngine } from '@/lib/checkin/door-engine';
import type { DoorLanguage } from '@/lib/checkin/display';
import type { Connectivity } from '@/lib/checkin/door-state';
import { openIndexedDbStore } from '@/lib/checkin/door-store';
import { deviceId } from './device-id';

const browserConnectivity: Connectivity = {
  isOnline: () => navigator.onLine,
  subscribe(onChange) {
    const online = () => onChange(true);
    const offline = () => onChange(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/** The door engine of one event (lib/checkin/door-engine.ts), running while the screen is mounted. */
export function useDoor(slug: string, eventId: string, { t, locale }: DoorLanguage) {
  // Building the engine touches nothing in the browser, so it is safe during server rendering; start() does the rest.
  const engine = useMemo(
    () =>
      createDoorEngine({
        api: createDoorApi(slug, (url, init) => fetch(url, init), locale),
        openStore: () => openIndexedDbStore(eventId),
        deviceId,
        connectivity: browserConnectivity,
        texts: t.online,
      }),
    [slug, eventId, locale, t.online],
  );
  useEffect(() => {
    void engine.start();
    return () => engine.stop();
  }, [engine]);
  const state = useSyncExternalStore(engine.subscribe, engine.getSnapshot, engine.getSnapshot);
  const { scan, checkInAttendee, undo, walkIn, sync, setDoor } = engine;
  return { state, device: state.device, scan, checkInAttendee, undo, walkIn, sync, setDoor };
}
