// The check-in engine of one door device, without React: local decisions, offline queue, sync loop, undo, walk-ins.
// The screen reads it through subscribe()/getSnapshot() (useSyncExternalStore) and calls its commands.
import { decideLocally, verdictFor } from './decide';
import type { DeviceMeta, QueuedScan } from './device-store';
import { type OnlineContext, registerWalkIn, undoCheckIn } from './door-online';
import { type DoorEngineOptions, type DoorState, INITIAL_DOOR_STATE } from './door-state';
import type { DoorStore } from './door-store';
import { door as germanDoor } from '@/lib/i18n/de/door';
import { cameraDebounce, serialRounds } from './door-rounds';
import { syncRound } from './door-sync';
import { localCheckIn } from './room-local';
import type { DoorAttendee, ScanKind } from './types';

const SYNC_MS = 3_000;
const DEBOUNCE_MS = 4_000;

/** The engine of one event on this device; nothing runs until start(), and stop() leaves no timer or listener. */
export function createDoorEngine(options: DoorEngineOptions) {
  const { api, connectivity } = options;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const log = options.log ?? ((message: string) => console.debug('[checkin]', message));
  const listeners = new Set<() => void>();
  const freshSighting = cameraDebounce(DEBOUNCE_MS, now);
  let state = INITIAL_DOOR_STATE;
  let store: DoorStore | null = null;
  let meta: DeviceMeta = {};
  let lastFullAt = 0;
  let seq = 0;
  let started = false;
  // Each start() is a generation; an open finishing after stop() (or a restart) closes its store again.
  let generation = 0;
  let timer: ReturnType<typeof setInterval> | null = null;
  let unsubscribe: (() => void) | null = null;
  let byHash = { of: state.attendees, map: new Map<string, DoorAttendee>() };

  function setState(patch: Partial<DoorState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  /** Re-reads the list and the queue length from the store, together with a patch. */
  async function reload(patch: Partial<DoorState> = {}) {
    const current = store;
    if (!current) return setState(patch);
    try {
      const [attendees, pending] = await Promise.all([current.attendees(), current.queueLength()]);
      setState({ attendees, pending, lastSyncAt: meta.lastSyncAt ?? null, ...patch });
    } catch (error) {
      log(`store read failed: ${String(error)}`);
      setState(patch);
    }
  }

  async function round() {
    const current = store;
    if (!current) return;
    try {
      const next = await syncRound({ store: current, api, deviceId: state.device, meta, lastFullAt, now });
      if (store !== current) return;
      meta = next.meta;
      lastFullAt = next.lastFullAt;
      await reload({ online: true, ready: true, syncError: null });
    } catch (error) {
      log(`sync failed: ${String(error)}`);
      if (store === current) await reload({ online: false, syncError: String((error as Error)?.message ?? error) });
    }
  }

  /** One sync round now; while one runs, another follows it (door-rounds.ts), never in parallel. */
  const rounds = serialRounds(round, () => store !== null);
  const sync = rounds.run;

  function show(kind: ScanKind, attendee: DoorAttendee | null, idempotencyKey: string | null) {
    const undoable = kind === 'checked_in' && attendee !== null && idempotencyKey !== null;
    const result = { seq: ++seq, kind, attendee, undoable, idempotencyKey, door: state.door };
    setState({ result });
  }

  // Local decision first (instant, works offline), queued with its key and device time, then synced.
  async function admit(
    kind: ScanKind,
    attendee: DoorAttendee | null,
    ref: { code: string } | { registrationId: string },
  ) {
    const current = store;
    if (!current) return;
    const admitted = kind === 'checked_in';
    const key = newKey();
    const at = now().toISOString();
    const door = state.door;
    const local = admitted && attendee ? localCheckIn(attendee, door, at, state.device) : null;
    if (admitted || attendee) {
      const queued: QueuedScan = {
        idempotencyKey: key,
        scannedAt: at,
        queuedAt: now().getTime(),
        localResult: kind,
        sessionId: door,
        ...ref,
      };
      // Which person a code scan was for, so the merge keeps the local state until the server confirms.
      if (attendee) queued.attendeeId = attendee.id;
      await current.queueScan(queued, local);
    }
    show(kind, local ?? attendee, admitted ? key : null);
    await reload();
    void sync();
  }

  const server: OnlineContext = {
    api,
    store: () => store,
    state: () => state,
    setState,
    reload: () => reload(),
    sync,
    show,
    newKey,
    log,
    texts: options.texts ?? germanDoor.online,
  };

  function lookup(hash: string): DoorAttendee | undefined {
    if (byHash.of !== state.attendees)
      byHash = { of: state.attendees, map: new Map(state.attendees.map((a) => [a.ticketHash, a])) };
    return byHash.map.get(hash);
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): DoorState => state,

    /**
     * Opens the store, syncs at once and then every 3 seconds; a second start() without stop() does nothing.
     * The promise settles after the first round (it never rejects), which tests wait for; the screen need not.
     */
    start(): Promise<void> {
      if (started) return Promise.resolve();
      started = true;
      const mine = ++generation;
      setState({ device: options.deviceId() });
      unsubscribe = connectivity?.subscribe((online) => (online ? void sync() : setState({ online: false }))) ?? null;
      timer = setInterval(() => {
        if (!rounds.running()) void sync();
      }, SYNC_MS);
      return (async () => {
        const opened = await options.openStore();
        if (!started || generation !== mine) return opened.close();
        store = opened;
        meta = await opened.readMeta();
        await reload({ ready: Boolean(meta.publicKey), online: connectivity?.isOnline() ?? true });
        await sync();
      })().catch((error) => {
        log(`device storage failed: ${String(error)}`);
        setState({ syncError: `storage: ${String(error)}` });
      });
    },

    /** Stops the timer and the listeners; the store closes once a running round has finished. */
    stop() {
      if (!started) return;
      started = false;
      generation++;
      if (timer) clearInterval(timer);
      timer = null;
      unsubscribe?.();
      unsubscribe = null;
      const closing = store;
      store = null;
      if (closing) void (rounds.running() ?? Promise.resolve()).finally(() => closing.close());
    },

    sync,

    /** A scanned or typed code (camera, wedge scanner, keyboard). */
    async scan(text: string, source: 'camera' | 'typed' = 'typed') {
      const value = text.trim();
      if (!value || value.length > 300) return;
      // Within a few seconds a code the camera sees counts once. Typing Enter is deliberate.
      if (source === 'camera' && !freshSighting(value)) return;
      const list = { publicKey: meta.publicKey ?? '', eventTag: meta.eventTag ?? '', byHash: lookup };
      const decision = await decideLocally(value, list, state.door);
      await admit(decision.kind, decision.attendee, { code: value });
    },

    /** A person picked from the name search. */
    checkInAttendee: (attendee: DoorAttendee) =>
      admit(verdictFor(attendee, state.door), attendee, { registrationId: attendee.id }),

    /** Sets the door: a bookable session's id (room door) or null (event entrance); scans carry it from now on. */
    setDoor(door: string | null) {
      if (door !== state.door) setState({ door, result: null });
    },

    /** Takes back a check-in at the door this device is set to. */
    undo: (attendee: DoorAttendee, reason?: string) => undoCheckIn(server, attendee, reason, state.door),
    walkIn: (values: Record<string, string>) => registerWalkIn(server, values),
  };
}

export type DoorEngine = ReturnType<typeof createDoorEngine>;
