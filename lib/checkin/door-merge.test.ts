import { describe, expect, it } from 'vitest';
import { doorAttendee } from '@/test/door';
import { mergeServerAttendees, pendingAttendeeIds } from './door-merge';
import { createMemoryStore } from './door-store';
import type { DoorAttendee } from './types';

const T = (hhmm: string) => `2025-04-03T${hhmm}:00.000Z`;

/** The same person as the server and as this device see them. */
async function pair(server: Partial<DoorAttendee>, local: Partial<DoorAttendee>) {
  const base = await doorAttendee();
  return { server: { ...base, ...server }, local: { ...base, ...local } };
}

const merge = (server: DoorAttendee, local: DoorAttendee, pending: boolean) =>
  mergeServerAttendees([server], new Map([[local.id, local]]), new Set(pending ? [local.id] : []))[0];

describe('mergeServerAttendees', () => {
  it('keeps an offline check-in the server does not have yet, with its device', async () => {
    const p = await pair({}, { checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' });
    expect(merge(p.server, p.local, true)).toEqual(p.local);
  });

  it('takes the server state when nothing is queued for the person (e.g. undone on another device)', async () => {
    const p = await pair({ firstName: 'Erik' }, { checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' });
    expect(merge(p.server, p.local, false)).toEqual(p.server);
  });

  it('keeps the earlier check-in when both have one: the local one when it is earlier', async () => {
    const p = await pair(
      { checkedInAt: T('08:05'), checkedInDevice: 'geraet-other' },
      { checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' },
    );
    expect(merge(p.server, p.local, true)).toMatchObject({ checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' });
  });

  it("keeps the earlier check-in when both have one: the server's when it is earlier", async () => {
    const p = await pair(
      { checkedInAt: T('07:55'), checkedInDevice: 'geraet-other' },
      { checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' },
    );
    expect(merge(p.server, p.local, true)).toEqual(p.server);
  });

  it('takes the status from the server: someone cancelled while this device let them in offline shows cancelled', async () => {
    const p = await pair({ status: 'cancelled' }, { checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' });
    expect(merge(p.server, p.local, true)).toMatchObject({ status: 'cancelled', checkedInAt: T('08:00') });
  });

  it('knows the people of queued scans by the scanned person or the registration id', () => {
    const ids = pendingAttendeeIds([
      { attendeeId: 'a' },
      { registrationId: 'b' },
      {},
      { attendeeId: 'c', registrationId: 'c' },
    ]);
    expect([...ids].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('the in-memory store', () => {
  it('merges a list with queued check-ins, and a full list replaces everyone else', async () => {
    const [mine, gone] = [await doorAttendee(), await doorAttendee()];
    const { store, data } = createMemoryStore({ attendees: [mine, gone] });
    const local = { ...mine, checkedInAt: T('08:00'), checkedInDevice: 'geraet-mine' };
    await store.queueScan(
      { idempotencyKey: 'k-00000001', scannedAt: T('08:00'), queuedAt: 1, registrationId: mine.id },
      local,
    );
    await store.mergeServerList([mine], true);
    expect([...data.attendees.values()]).toEqual([local]);
    await store.dropQueued(['k-00000001']);
    await store.mergeServerList([mine], false);
    expect([...data.attendees.values()]).toEqual([mine]);
  });
});
