'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { decideLocally } from '@/lib/checkin/decide';
import {
  allAttendees,
  dropQueued,
  openDeviceDb,
  putAttendees,
  queueLength,
  queueScan,
  queuedScans,
  readMeta,
  writeMeta,
  type DeviceDb,
  type DeviceMeta,
  type QueuedScan,
} from '@/lib/checkin/device-store';
import { describeScan, type ScanDisplay } from '@/lib/checkin/display';
import type { DoorAttendee, ScanKind, ScanOutcome } from '@/lib/checkin/types';
import { deviceId as readDeviceId } from './device-id';

const SYNC_MS = 3_000;
const FULL_REFRESH_MS = 60_000;
const DEBOUNCE_MS = 4_000;
const BATCH = 500;
// A request that hangs (captive portal, half-open Wi-Fi) must not block the sync loop.
const REQUEST_TIMEOUT_MS = 10_000;

export interface DoorResult {
  seq: number;
  kind: ScanKind;
  display: ScanDisplay;
  attendee: DoorAttendee | null;
  /** This device's check-in, which one tap can take back. */
  undoable: boolean;
  idempotencyKey: string | null;
}

export interface DoorState {
  ready: boolean;
  online: boolean;
  lastSyncAt: string | null;
  pending: number;
  attendees: DoorAttendee[];
  result: DoorResult | null;
}

function newKey(): string {
  return crypto.randomUUID();
}

/** The check-in engine of one device: local decisions, offline queue, sync loop, undo. */
export function useDoor(slug: string, eventId: string) {
  const api = `/api/v1/events/${encodeURIComponent(slug)}/checkin`;
  const dbRef = useRef<DeviceDb | null>(null);
  const metaRef = useRef<DeviceMeta>({});
  const lastFullRef = useRef(0);
  const recentRef = useRef(new Map<string, number>());
  const seqRef = useRef(0);
  const syncingRef = useRef(false);
  const [device, setDevice] = useState('');
  const [state, setState] = useState<DoorState>({
    ready: false,
    online: true,
    lastSyncAt: null,
    pending: 0,
    attendees: [],
    result: null,
  });

  const reload = useCallback(async (patch: Partial<DoorState> = {}) => {
    const db = dbRef.current;
    if (!db) return;
    const [attendees, pending] = await Promise.all([allAttendees(db), queueLength(db)]);
    setState((s) => ({ ...s, attendees, pending, lastSyncAt: metaRef.current.lastSyncAt ?? null, ...patch }));
  }, []);

  const post = useCallback(
    async (path: string, body: unknown) => {
      const res = await fetch(`${api}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      return { ok: res.ok, status: res.status, json };
    },
    [api],
  );

  const sync = useCallback(async () => {
    const db = dbRef.current;
    if (!db || syncingRef.current) return;
    syncingRef.current = true;
    try {
      // Queue first: a list fetched before the queue is flushed would hide this device's own check-ins.
      for (let queued = await queuedScans(db); queued.length > 0; queued = await queuedScans(db)) {
        const batch = queued.slice(0, BATCH).map(({ queuedAt: _q, attendeeId: _a, ...scan }) => scan);
        const res = await post('scans', { deviceId: readDeviceId(), scans: batch });
        if (!res.ok) throw new Error(`sync ${res.status}`);
        await dropQueued(
          db,
          batch.map((s) => s.idempotencyKey),
        );
      }
      const full = !metaRef.current.serverTime || Date.now() - lastFullRef.current > FULL_REFRESH_MS;
      const since = full ? '' : `?since=${encodeURIComponent(metaRef.current.serverTime!)}`;
      const res = await fetch(`${api}/attendees${since}`, {
        credentials: 'same-origin',
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`list ${res.status}`);
      const snapshot = (await res.json()) as {
        serverTime: string;
        attendees: DoorAttendee[];
        publicKey: string;
        eventTag: string;
      };
      // A scan queued while this request ran keeps its local check-in until the server has it.
      const pendingIds = new Set((await queuedScans(db)).map((s) => s.attendeeId ?? s.registrationId).filter(Boolean));
      const local = new Map((await allAttendees(db)).map((a) => [a.id, a]));
      const merged = snapshot.attendees.map((a) =>
        a.checkedInAt || !pendingIds.has(a.id) ? a : { ...a, checkedInAt: local.get(a.id)?.checkedInAt ?? null },
      );
      await putAttendees(db, merged, full);
      if (full) lastFullRef.current = Date.now();
      metaRef.current = {
        ...metaRef.current,
        serverTime: snapshot.serverTime,
        lastSyncAt: new Date().toISOString(),
        publicKey: snapshot.publicKey,
        eventTag: snapshot.eventTag,
      };
      await writeMeta(db, metaRef.current);
      await reload({ online: true, ready: true });
    } catch (error) {
      console.debug('[checkin] sync failed', String(error));
      await reload({ online: false });
    } finally {
      syncingRef.current = false;
    }
  }, [api, post, reload]);

  useEffect(() => {
    let stopped = false;
    setDevice(readDeviceId());
    void (async () => {
      const db = await openDeviceDb(eventId);
      if (stopped) return;
      dbRef.current = db;
      metaRef.current = await readMeta(db);
      await reload({ ready: Boolean(metaRef.current.publicKey), online: navigator.onLine });
      await sync();
    })();
    const timer = setInterval(() => void sync(), SYNC_MS);
    const onOnline = () => void sync();
    const onOffline = () => setState((s) => ({ ...s, online: false }));
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, [eventId, reload, sync]);

  const byHash = useMemo(() => new Map(state.attendees.map((a) => [a.ticketHash, a])), [state.attendees]);

  const show = useCallback((kind: ScanKind, attendee: DoorAttendee | null, idempotencyKey: string | null) => {
    const result: DoorResult = {
      seq: ++seqRef.current,
      kind,
      attendee,
      display: describeScan(kind, attendee),
      undoable: kind === 'checked_in' && attendee !== null && idempotencyKey !== null,
      idempotencyKey,
    };
    setState((s) => ({ ...s, result }));
  }, []);

  // Local decision first (instant, works offline), queued with its key and device time, then synced.
  const admit = useCallback(
    async (kind: ScanKind, attendee: DoorAttendee | null, scan: { code?: string; registrationId?: string }) => {
      const db = dbRef.current;
      if (!db) return;
      const admitted = kind === 'checked_in';
      const key = newKey();
      const now = new Date().toISOString();
      const local = admitted && attendee ? { ...attendee, checkedInAt: now, checkedInDevice: readDeviceId() } : null;
      if (admitted || attendee) {
        const queued: QueuedScan = {
          idempotencyKey: key,
          scannedAt: now,
          queuedAt: Date.now(),
          localResult: kind,
          ...(scan.registrationId ? { registrationId: scan.registrationId } : { code: scan.code! }),
        };
        // Remember which person a code scan was for, so the merge in sync() keeps the local state.
        if (attendee) queued.attendeeId = attendee.id;
        await queueScan(db, queued, local);
      }
      show(kind, local ?? attendee, admitted ? key : null);
      await reload();
      void sync();
    },
    [reload, show, sync],
  );

  /** A scanned or typed code (camera, wedge scanner, keyboard). */
  const scan = useCallback(
    async (text: string, source: 'camera' | 'typed' = 'typed') => {
      const value = text.trim();
      if (!value || value.length > 300) return;
      // The camera sees the same code in every frame: within a few seconds it counts once. Typing Enter is deliberate.
      if (source === 'camera') {
        const last = recentRef.current.get(value);
        if (last && Date.now() - last < DEBOUNCE_MS) return;
        recentRef.current.set(value, Date.now());
      }
      const meta = metaRef.current;
      const decision = await decideLocally(value, {
        publicKey: meta.publicKey ?? '',
        eventTag: meta.eventTag ?? '',
        byHash: (h) => byHash.get(h),
      });
      await admit(decision.kind, decision.attendee, { code: value });
    },
    [admit, byHash],
  );

  /** A person picked from the name search. */
  const checkInAttendee = useCallback(
    async (attendee: DoorAttendee) => {
      const kind: ScanKind =
        attendee.status === 'cancelled'
          ? 'cancelled'
          : attendee.status === 'waitlisted'
            ? 'waitlisted'
            : attendee.checkedInAt
              ? 'already_checked_in'
              : 'checked_in';
      await admit(kind, attendee, { registrationId: attendee.id });
    },
    [admit],
  );

  /** Takes a check-in back: a still-queued one locally, a synced one on the server (audited there). */
  const undo = useCallback(
    async (attendee: DoorAttendee, reason?: string): Promise<string | null> => {
      const db = dbRef.current;
      if (!db) return 'Noch nicht bereit.';
      await sync();
      const res = await post('undo', {
        registrationId: attendee.id,
        deviceId: readDeviceId(),
        ...(reason ? { reason } : {}),
      }).catch(() => null);
      if (!res) return 'Keine Verbindung. Rücknahmen brauchen eine Verbindung zum Server.';
      if (!res.ok) return typeof res.json.error === 'string' ? res.json.error : 'Die Rücknahme ist fehlgeschlagen.';
      await putAttendees(db, [res.json.attendee as DoorAttendee], false);
      setState((s) => ({ ...s, result: s.result?.attendee?.id === attendee.id ? null : s.result }));
      await reload();
      return null;
    },
    [post, reload, sync],
  );

  /** Registers a walk-in on the server and shows the result. */
  const walkIn = useCallback(
    async (values: Record<string, string>) => {
      const res = await post('walk-ins', { ...values, deviceId: readDeviceId(), idempotencyKey: newKey() }).catch(
        () => null,
      );
      if (!res)
        return {
          ok: false as const,
          formError: 'Keine Verbindung. Spontane Anmeldungen brauchen eine Verbindung zum Server.',
        };
      if (!res.ok) {
        return {
          ok: false as const,
          formError: String(res.json.error ?? 'Die Anmeldung ist fehlgeschlagen.'),
          fieldErrors: res.json.fieldErrors as Record<string, string> | undefined,
        };
      }
      const outcome = res.json as unknown as ScanOutcome;
      if (outcome.attendee && dbRef.current) await putAttendees(dbRef.current, [outcome.attendee], false);
      show('checked_in', outcome.attendee, null);
      await reload();
      return { ok: true as const };
    },
    [post, reload, show],
  );

  return { state, device, scan, checkInAttendee, undo, walkIn, sync };
}
