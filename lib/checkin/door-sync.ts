// One sync round of a door device: the queue first, then the list (in full, or what changed since the last round).
import type { DeviceMeta, QueuedScan } from './device-store';
import { type ApiFailure, type DoorApi, describeFailure } from './door-api';
import type { DoorStore } from './door-store';

const BATCH = 500;
const FULL_REFRESH_MS = 60_000;

/** A round that did not complete; its message says why (for logs and the state's syncError). */
export class SyncFailed extends Error {
  constructor(failure: ApiFailure | string) {
    super(typeof failure === 'string' ? failure : describeFailure(failure));
    this.name = 'SyncFailed';
  }
}

const toWire = ({ queuedAt: _q, attendeeId: _a, ...scan }: QueuedScan) => scan;

/** Sends the queue in batches; drops only the scans the server answered for, so nothing is lost on a bad answer. */
export async function flushQueue(store: DoorStore, api: DoorApi, deviceId: string): Promise<void> {
  for (let queued = await store.queued(); queued.length > 0; queued = await store.queued()) {
    const batch = queued.slice(0, BATCH).map(toWire);
    const res = await api.scans({ deviceId, scans: batch });
    if (!res.ok) throw new SyncFailed(res);
    const answered = new Set(res.data.results.map((r) => r.idempotencyKey));
    const done = batch.map((s) => s.idempotencyKey).filter((key) => answered.has(key));
    // Each round must shrink the queue, or a server that ignores a scan would keep this loop going.
    if (done.length === 0) throw new SyncFailed('the server answered for none of the scans');
    await store.dropQueued(done);
  }
}

export interface SyncRound {
  store: DoorStore;
  api: DoorApi;
  deviceId: string;
  meta: DeviceMeta;
  /** Device time (ms) of the last full list; 0 for none. */
  lastFullAt: number;
  now: () => Date;
}

/** Runs one round; returns the new sync state, or throws SyncFailed (the queue and the list stay as they were). */
export async function syncRound(round: SyncRound): Promise<{ meta: DeviceMeta; lastFullAt: number }> {
  const { store, api, meta } = round;
  // Queue first: a list fetched before the queue is flushed would hide this device's own check-ins.
  await flushQueue(store, api, round.deviceId);
  const started = round.now().getTime();
  const full = !meta.serverTime || started - round.lastFullAt > FULL_REFRESH_MS;
  const res = await api.attendees(full ? null : (meta.serverTime ?? null));
  if (!res.ok) throw new SyncFailed(res);
  // Scans queued while the request ran keep their local check-in until the server has them (see door-merge.ts).
  await store.mergeServerList(res.data.attendees, full);
  const next: DeviceMeta = {
    ...meta,
    serverTime: res.data.serverTime,
    lastSyncAt: round.now().toISOString(),
    publicKey: res.data.publicKey,
    eventTag: res.data.eventTag,
  };
  await store.writeMeta(next);
  return { meta: next, lastFullAt: full ? started : round.lastFullAt };
}
