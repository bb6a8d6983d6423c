// The door engine's state as the screen sees it, and the options it is built with.
import type { DoorApi } from './door-api';
import type { DoorStore } from './door-store';
import type { DoorTexts } from '@/lib/i18n/de/door';
import type { DoorAttendee, ScanKind } from './types';

export interface DoorResult {
  seq: number;
  kind: ScanKind;
  attendee: DoorAttendee | null;
  /** This device's check-in, which one tap can take back. */
  undoable: boolean;
  idempotencyKey: string | null;
  /** The door the scan was at: a session's room door, or null at the event entrance. */
  door: string | null;
}

export interface DoorState {
  ready: boolean;
  online: boolean;
  lastSyncAt: string | null;
  pending: number;
  attendees: DoorAttendee[];
  result: DoorResult | null;
  /** This device's id ('' until started). */
  device: string;
  /** The door this device is set to: a bookable session's id (room door) or null (event entrance). */
  door: string | null;
  /** Why the last sync round failed (network, HTTP status or a malformed answer); null after a good one. */
  syncError: string | null;
}

export type WalkInResult = { ok: true } | { ok: false; formError: string; fieldErrors?: Record<string, string> };

/** The browser's idea of being online; a tick still tries when it says offline, since it is often wrong. */
export interface Connectivity {
  isOnline(): boolean;
  subscribe(onChange: (online: boolean) => void): () => void;
}

export interface DoorEngineOptions {
  api: DoorApi;
  openStore: () => Promise<DoorStore>;
  deviceId: () => string;
  connectivity?: Connectivity;
  now?: () => Date;
  newKey?: () => string;
  log?: (message: string) => void;
  /** The messages of the commands that need the server, in the screen's language (German by default). */
  texts?: DoorTexts['online'];
}

export const INITIAL_DOOR_STATE: DoorState = {
  ready: false,
  online: true,
  lastSyncAt: null,
  pending: 0,
  attendees: [],
  result: null,
  device: '',
  door: null,
  syncError: null,
};
