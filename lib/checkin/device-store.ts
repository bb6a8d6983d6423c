// The check-in device's own storage (IndexedDB through `idb`): the door list, the offline queue and sync state.
// Holds names, organisations, status, check-in state and ticket hashes only: no e-mails, no answers.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { mergeServerAttendees, pendingAttendeeIds } from './door-merge';
import type { ScanInput } from './schema';
import type { DoorAttendee } from './types';

export interface QueuedScan extends ScanInput {
  /** When it was queued on this device, for ordering. */
  queuedAt: number;
  /** The person this device thinks the scan is for (never sent; keeps local state until the server confirms). */
  attendeeId?: string;
}

export interface DeviceMeta {
  /** Server time of the last successful list refresh (for the next delta). */
  serverTime?: string;
  /** Device time of the last successful sync. */
  lastSyncAt?: string;
  publicKey?: string;
  eventTag?: string;
}

interface CheckinDb extends DBSchema {
  attendees: { key: string; value: DoorAttendee };
  queue: { key: string; value: QueuedScan; indexes: { byQueuedAt: number } };
  meta: { key: string; value: DeviceMeta };
}

export type DeviceDb = IDBPDatabase<CheckinDb>;

/** Opens (or creates) the device database of one event. */
export function openDeviceDb(eventId: string): Promise<DeviceDb> {
  return openDB<CheckinDb>(`tagungsbuero-checkin-${eventId}`, 1, {
    upgrade(db) {
      db.createObjectStore('attendees', { keyPath: 'id' });
      db.createObjectStore('queue', { keyPath: 'idempotencyKey' }).createIndex('byQueuedAt', 'queuedAt');
      db.createObjectStore('meta');
    },
  });
}

/** The stored sync state. */
export async function readMeta(db: DeviceDb): Promise<DeviceMeta> {
  return (await db.get('meta', 'state')) ?? {};
}

/** Merges into the stored sync state. */
export async function writeMeta(db: DeviceDb, patch: DeviceMeta): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const current = (await tx.store.get('state')) ?? {};
  await tx.store.put({ ...current, ...patch }, 'state');
  await tx.done;
}

/** Stores attendees from the server; a full list replaces everything. */
export async function putAttendees(db: DeviceDb, attendees: DoorAttendee[], full: boolean): Promise<void> {
  const tx = db.transaction('attendees', 'readwrite');
  if (full) await tx.store.clear();
  for (const a of attendees) await tx.store.put(a);
  await tx.done;
}

/**
 * Stores attendees from the server merged with this device's unconfirmed check-ins (see door-merge.ts), in one
 * transaction with the queue, so a scan queued meanwhile cannot slip between reading the queue and writing the list.
 */
export async function mergeServerList(db: DeviceDb, attendees: DoorAttendee[], full: boolean): Promise<void> {
  const tx = db.transaction(['queue', 'attendees'], 'readwrite');
  const store = tx.objectStore('attendees');
  const pending = pendingAttendeeIds(await tx.objectStore('queue').getAll());
  const local = new Map<string, DoorAttendee>();
  for (const id of pending) {
    const a = await store.get(id);
    if (a) local.set(id, a);
  }
  if (full) await store.clear();
  for (const a of mergeServerAttendees(attendees, local, pending)) await store.put(a);
  await tx.done;
}

/** Every stored attendee. */
export function allAttendees(db: DeviceDb): Promise<DoorAttendee[]> {
  return db.getAll('attendees');
}

/** Queues a scan for the server and records the local check-in in the same transaction. */
export async function queueScan(db: DeviceDb, scan: QueuedScan, localAttendee: DoorAttendee | null): Promise<void> {
  const tx = db.transaction(['queue', 'attendees'], 'readwrite');
  await tx.objectStore('queue').put(scan);
  if (localAttendee) await tx.objectStore('attendees').put(localAttendee);
  await tx.done;
}

/** The queued scans, oldest first. */
export function queuedScans(db: DeviceDb): Promise<QueuedScan[]> {
  return db.getAllFromIndex('queue', 'byQueuedAt');
}

/** Removes scans the server has confirmed. */
export async function dropQueued(db: DeviceDb, keys: string[]): Promise<void> {
  const tx = db.transaction('queue', 'readwrite');
  for (const key of keys) await tx.store.delete(key);
  await tx.done;
}

/** How many scans wait for the server. */
export function queueLength(db: DeviceDb): Promise<number> {
  return db.count('queue');
}
