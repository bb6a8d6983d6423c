// What the door engine needs from the device's storage: IndexedDB in the browser, memory in tests.
import {
  allAttendees,
  type DeviceMeta,
  dropQueued,
  mergeServerList,
  openDeviceDb,
  putAttendees,
  type QueuedScan,
  queueLength,
  queuedScans,
  queueScan,
  readMeta,
  writeMeta,
} from './device-store';
import { mergeServerAttendees, pendingAttendeeIds } from './door-merge';
import type { DoorAttendee } from './types';

export interface DoorStore {
  readMeta(): Promise<DeviceMeta>;
  writeMeta(patch: DeviceMeta): Promise<void>;
  attendees(): Promise<DoorAttendee[]>;
  /** Stores single attendees the server returned (undo, walk-in). */
  putAttendees(attendees: DoorAttendee[]): Promise<void>;
  /** Stores a list from the server merged with the unconfirmed local check-ins; a full list replaces everything. */
  mergeServerList(attendees: DoorAttendee[], full: boolean): Promise<void>;
  /** Queues a scan and records the local check-in together. */
  queueScan(scan: QueuedScan, localAttendee: DoorAttendee | null): Promise<void>;
  /** Queued scans, oldest first. */
  queued(): Promise<QueuedScan[]>;
  dropQueued(keys: string[]): Promise<void>;
  queueLength(): Promise<number>;
  close(): void;
}

/** The event's IndexedDB database on this device. */
export async function openIndexedDbStore(eventId: string): Promise<DoorStore> {
  const db = await openDeviceDb(eventId);
  return {
    readMeta: () => readMeta(db),
    writeMeta: (patch) => writeMeta(db, patch),
    attendees: () => allAttendees(db),
    putAttendees: (attendees) => putAttendees(db, attendees, false),
    mergeServerList: (attendees, full) => mergeServerList(db, attendees, full),
    queueScan: (scan, local) => queueScan(db, scan, local),
    queued: () => queuedScans(db),
    dropQueued: (keys) => dropQueued(db, keys),
    queueLength: () => queueLength(db),
    close: () => db.close(),
  };
}

/** A store in memory with the same semantics, for tests (and inspectable through `data`). */
export function createMemoryStore(initial: { attendees?: DoorAttendee[]; meta?: DeviceMeta } = {}) {
  const data = {
    attendees: new Map((initial.attendees ?? []).map((a) => [a.id, a])),
    queue: new Map<string, QueuedScan>(),
    meta: { ...initial.meta } as DeviceMeta,
    closed: false,
  };
  const queued = () => [...data.queue.values()].sort((a, b) => a.queuedAt - b.queuedAt);
  const store: DoorStore = {
    readMeta: async () => ({ ...data.meta }),
    writeMeta: async (patch) => {
      data.meta = { ...data.meta, ...patch };
    },
    attendees: async () => [...data.attendees.values()],
    putAttendees: async (attendees) => {
      for (const a of attendees) data.attendees.set(a.id, a);
    },
    mergeServerList: async (attendees, full) => {
      const merged = mergeServerAttendees(attendees, data.attendees, pendingAttendeeIds(queued()));
      if (full) data.attendees.clear();
      for (const a of merged) data.attendees.set(a.id, a);
    },
    queueScan: async (scan, local) => {
      data.queue.set(scan.idempotencyKey, scan);
      if (local) data.attendees.set(local.id, local);
    },
    queued: async () => queued(),
    dropQueued: async (keys) => {
      for (const key of keys) data.queue.delete(key);
    },
    queueLength: async () => data.queue.size,
    close: () => {
      data.closed = true;
    },
  };
  return { store, data };
}
