// Test data for the door device: attendees, signed tickets with a throw-away key, and a fake check-in server.
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { ScanInput } from '@/lib/checkin/schema';
import type { DoorAttendee, ScanKind } from '@/lib/checkin/types';
import {
  eventTag,
  looksSigned,
  parseSignedTicket,
  TICKET_PREFIX,
  ticketHash,
  ticketPayload,
  toBase64Url,
} from '@/lib/tickets/format';

/** A random ticket code (32 uppercase hex). */
export const newTicketCode = () => randomBytes(16).toString('hex').toUpperCase();

/** A confirmed, not yet checked-in attendee whose ticketHash belongs to `ticketCode`. */
export async function doorAttendee(
  overrides: Partial<DoorAttendee> & { ticketCode?: string } = {},
): Promise<DoorAttendee> {
  const { ticketCode = newTicketCode(), ...rest } = overrides;
  return {
    id: `r${randomBytes(5).toString('hex')}`,
    title: null,
    firstName: 'Erika',
    lastName: 'Mustermann',
    organization: 'Stadt Leipzig',
    status: 'confirmed',
    guestType: 'attendee',
    checkedInAt: null,
    checkedInDevice: null,
    ticketHash: await ticketHash(ticketCode),
    ...rest,
  };
}

/** An Ed25519 key of its own (not the app's), and tickets signed with it, as the server would sign them. */
export function ticketSigner() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKey: toBase64Url(new Uint8Array(spki.subarray(spki.length - 32))),
    async sign(ticketCode: string, eventId: string): Promise<string> {
      const payload = ticketPayload(ticketCode, await eventTag(eventId));
      const signature = new Uint8Array(sign(null, payload, privateKey));
      return `${TICKET_PREFIX}.${toBase64Url(payload)}.${toBase64Url(signature)}`;
    },
  };
}

export interface FakeCall {
  method: string;
  path: string;
  since: string | null;
  /** The Accept-Language the device sent (the screen's language), if any. */
  language: string | null;
  body: unknown;
}

/** The fields the fake reads from the door's request bodies (each route uses its own). */
interface FakeBody {
  deviceId: string;
  scans: ScanInput[];
  registrationId: string;
  firstName: string;
  lastName: string;
  idempotencyKey: string;
}

/** An answer that replaces the server's next one for a path: a Response, or 'network' for a failed fetch. */
export type FakeOverride = Response | 'network';

/**
 * The check-in API in memory, with the server's rules in brief: the earliest check-in wins, an offline admission of
 * someone cancelled becomes a conflict. Every request is recorded; `failNext` replaces the next answers of a path.
 */
export function fakeCheckinServer(init: { attendees: DoorAttendee[]; publicKey: string; eventTag: string }) {
  const attendees = new Map(init.attendees.map((a) => [a.id, { ...a }]));
  const calls: FakeCall[] = [];
  const outcomes: { idempotencyKey: string; result: ScanKind }[] = [];
  const overrides = new Map<string, FakeOverride[]>();
  const holds = new Map<string, Promise<void>>();
  const answered: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let clock = Date.parse('2025-04-03T07:00:00.000Z');

  async function findFor(scan: ScanInput): Promise<DoorAttendee | undefined> {
    if (scan.registrationId) return attendees.get(scan.registrationId);
    const code = looksSigned(scan.code!) ? parseSignedTicket(scan.code!)?.ticketCode : scan.code;
    const hash = code ? await ticketHash(code) : '';
    return [...attendees.values()].find((a) => a.ticketHash === hash);
  }

  async function scan(deviceId: string, input: ScanInput) {
    const a = await findFor(input);
    let result: ScanKind = 'invalid';
    if (a?.status === 'confirmed') {
      const earlier = !a.checkedInAt || Date.parse(input.scannedAt) < Date.parse(a.checkedInAt);
      result = a.checkedInAt ? 'already_checked_in' : 'checked_in';
      if (earlier) Object.assign(a, { checkedInAt: input.scannedAt, checkedInDevice: deviceId });
    } else if (a) result = input.localResult === 'checked_in' ? 'conflict' : a.status;
    outcomes.push({ idempotencyKey: input.idempotencyKey, result });
    return { idempotencyKey: input.idempotencyKey, result, checkInId: null, attendee: a ?? null };
  }

  const routes: Record<string, (body: FakeBody) => Promise<[number, unknown]>> = {
    attendees: async () => {
      clock += 1000;
      const list = [...attendees.values()];
      return [
        200,
        {
          serverTime: new Date(clock).toISOString(),
          attendees: list,
          publicKey: init.publicKey,
          eventTag: init.eventTag,
        },
      ];
    },
    scans: async (body) => [
      200,
      { results: await Promise.all(body.scans.map((s: ScanInput) => scan(body.deviceId, s))) },
    ],
    undo: async (body) => {
      const a = attendees.get(body.registrationId);
      if (!a?.checkedInAt) return [409, { error: { code: 'CONFLICT', message: 'Nicht eingecheckt.' } }];
      Object.assign(a, { checkedInAt: null, checkedInDevice: null });
      return [200, { attendee: a }];
    },
    'walk-ins': async (body) => {
      const a = await doorAttendee({ firstName: body.firstName, lastName: body.lastName, guestType: 'walk_in' });
      Object.assign(a, { checkedInAt: new Date(clock).toISOString(), checkedInDevice: body.deviceId });
      attendees.set(a.id, a);
      return [201, { idempotencyKey: body.idempotencyKey, result: 'checked_in', checkInId: 'c1', attendee: a }];
    },
  };

  async function fetch(url: string, init: RequestInit = {}): Promise<Response> {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await answer(url, init);
    } finally {
      inFlight--;
      answered.push(new URL(url, 'http://door.test').pathname.split('/checkin/')[1] ?? '');
    }
  }

  async function answer(url: string, init: RequestInit): Promise<Response> {
    const parsed = new URL(url, 'http://door.test');
    const path = parsed.pathname.split('/checkin/')[1] ?? '';
    const body = (typeof init.body === 'string' ? JSON.parse(init.body) : {}) as FakeBody;
    const language = new Headers(init.headers).get('accept-language');
    calls.push({ method: init.method ?? 'GET', path, since: parsed.searchParams.get('since'), body, language });
    const held = holds.get(path);
    holds.delete(path);
    await held;
    const override = overrides.get(path)?.shift();
    if (override === 'network') throw new TypeError('Failed to fetch');
    if (override) return override;
    const route = routes[path];
    if (!route) return Response.json({ error: 'Nicht gefunden.' }, { status: 404 });
    const [status, json] = await route(body);
    return Response.json(json, { status });
  }

  return {
    attendees,
    calls,
    outcomes,
    fetch,
    maxInFlight: () => maxInFlight,
    /** How many requests to a path have been answered (or failed). */
    answered: (path: string) => answered.filter((p) => p === path).length,
    /** Holds the next request to a path until the returned function is called. */
    hold(path: string): () => void {
      let release = () => {};
      holds.set(path, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
    failNext(path: string, ...answers: FakeOverride[]) {
      overrides.set(path, [...(overrides.get(path) ?? []), ...answers]);
    },
  };
}
