// A door engine wired to the fake check-in server and an in-memory store, with a clock the test moves.
import { createDoorApi } from '@/lib/checkin/door-api';
import { createDoorEngine, type DoorEngine } from '@/lib/checkin/door-engine';
import type { Connectivity, DoorEngineOptions } from '@/lib/checkin/door-state';
import { createMemoryStore } from '@/lib/checkin/door-store';
import type { DoorAttendee } from '@/lib/checkin/types';
import { eventTag } from '@/lib/tickets/format';
import { fakeCheckinServer, ticketSigner } from './door';

export const DOOR_EVENT = 'cdoorevent1';
export const DEVICE = 'geraet-test0001';

const running: DoorEngine[] = [];

/** Stops every engine made by doorRig (for afterEach). */
export function stopDoorEngines(): void {
  for (const engine of running.splice(0)) engine.stop();
}

/** Connectivity a test switches: `set(false)` fires the browser's offline event. */
export function fakeConnectivity() {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  const connectivity: Connectivity = {
    isOnline: () => online,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return {
    connectivity,
    listeners,
    set(value: boolean) {
      online = value;
      for (const listener of listeners) listener(value);
    },
  };
}

export async function doorRig(
  attendees: DoorAttendee[] = [],
  language: { texts?: DoorEngineOptions['texts']; locale?: string } = {},
) {
  const signer = ticketSigner();
  const server = fakeCheckinServer({ attendees, publicKey: signer.publicKey, eventTag: await eventTag(DOOR_EVENT) });
  const { store, data } = createMemoryStore();
  const net = fakeConnectivity();
  let time = Date.parse('2025-04-03T08:00:00.000Z');
  let keys = 0;
  const logs: string[] = [];
  const engine = createDoorEngine({
    api: createDoorApi('tagung', server.fetch, language.locale),
    openStore: async () => store,
    deviceId: () => DEVICE,
    connectivity: net.connectivity,
    now: () => new Date(time),
    newKey: () => `key-${String(++keys).padStart(4, '0')}`,
    log: (message) => logs.push(message),
    ...(language.texts ? { texts: language.texts } : {}),
  });
  running.push(engine);
  return {
    engine,
    server,
    store: data,
    net,
    logs,
    signer,
    state: () => engine.getSnapshot(),
    advance(ms: number) {
      time += ms;
    },
    /** The requests to one path, in order. */
    callsTo: (path: string) => server.calls.filter((c) => c.path === path),
  };
}
