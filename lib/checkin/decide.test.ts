import { describe, expect, it } from 'vitest';
import { doorAttendee, newTicketCode, ticketSigner } from '@/test/door';
import { eventTag } from '@/lib/tickets/format';
import { decideLocally, type LocalList, verdictFor } from './decide';
import { describeScan } from './display';
import type { DoorAttendee } from './types';

const EVENT = 'cdoorevent1';
const signer = ticketSigner();

async function listOf(attendees: DoorAttendee[], overrides: Partial<LocalList> = {}): Promise<LocalList> {
  const byHash = new Map(attendees.map((a) => [a.ticketHash, a]));
  return { publicKey: signer.publicKey, eventTag: await eventTag(EVENT), byHash: (h) => byHash.get(h), ...overrides };
}

/** A person on the device's list and their signed ticket. */
async function person(overrides: Partial<DoorAttendee> = {}) {
  const ticketCode = newTicketCode();
  const attendee = await doorAttendee({ ticketCode, ...overrides });
  return { attendee, ticketCode, qr: await signer.sign(ticketCode, EVENT) };
}

/** The same text with one character of the signature changed. */
function forge(qr: string): string {
  const i = qr.length - 5;
  return `${qr.slice(0, i)}${qr[i] === 'A' ? 'B' : 'A'}${qr.slice(i + 1)}`;
}

describe('decideLocally: signed tickets', () => {
  it('checks in a confirmed person who is not checked in yet', async () => {
    const p = await person();
    expect(await decideLocally(p.qr, await listOf([p.attendee]))).toEqual({ kind: 'checked_in', attendee: p.attendee });
  });

  it('says "already checked in" with the time and device, for this device and for another one', async () => {
    for (const device of ['geraet-this0001', 'geraet-b7c40002']) {
      const p = await person({ checkedInAt: '2025-04-03T07:42:00.000Z', checkedInDevice: device });
      const decision = await decideLocally(p.qr, await listOf([p.attendee]));
      expect(decision).toEqual({ kind: 'already_checked_in', attendee: p.attendee });
      const shown = describeScan(decision.kind, decision.attendee);
      expect(shown.headline).toBe('Bereits eingecheckt um 09:42 Uhr');
      expect(shown.detail).toContain(`Gerät ${device.slice(7, 11).toUpperCase()}`);
    }
  });

  it('refuses waitlisted and cancelled people, naming them', async () => {
    const waitlisted = await person({ status: 'waitlisted' });
    const cancelled = await person({ status: 'cancelled' });
    const list = await listOf([waitlisted.attendee, cancelled.attendee]);
    expect(await decideLocally(waitlisted.qr, list)).toEqual({ kind: 'waitlisted', attendee: waitlisted.attendee });
    expect(await decideLocally(cancelled.qr, list)).toEqual({ kind: 'cancelled', attendee: cancelled.attendee });
  });

  it('lets a validly signed ticket in before the list on this device knows the person', async () => {
    const p = await person();
    expect(await decideLocally(p.qr, await listOf([]))).toEqual({ kind: 'checked_in', attendee: null });
  });

  it("names another event's ticket as such, even when its code is on this list", async () => {
    const p = await person();
    const otherEvent = await signer.sign(p.ticketCode, 'cotherevent');
    expect(await decideLocally(otherEvent, await listOf([p.attendee]))).toEqual({
      kind: 'wrong_event',
      attendee: null,
    });
  });

  it('refuses a forged signature, a ticket signed with another key and a malformed "TB1." text', async () => {
    const p = await person();
    const list = await listOf([p.attendee]);
    const stranger = await ticketSigner().sign(p.ticketCode, EVENT);
    const [prefix, payload] = p.qr.split('.');
    for (const text of [forge(p.qr), stranger, `${prefix}.${payload}.short`, 'TB1.not base64.x', 'TB1.']) {
      expect(await decideLocally(text, list), text).toEqual({ kind: 'invalid', attendee: null });
    }
  });

  it('refuses even a real ticket while the device has no public key yet (list never loaded)', async () => {
    const p = await person();
    expect(await decideLocally(p.qr, await listOf([p.attendee], { publicKey: '' }))).toEqual({
      kind: 'invalid',
      attendee: null,
    });
  });
});

describe('decideLocally: bare 32-hex codes from tickets mailed before signing', () => {
  it('finds the person by the hash of the code, in any case and with spaces or hyphens', async () => {
    const p = await person();
    const list = await listOf([p.attendee]);
    const grouped = p.ticketCode.toLowerCase().replace(/(.{4})(?!$)/g, '$1-');
    for (const text of [
      p.ticketCode,
      p.ticketCode.toLowerCase(),
      grouped,
      ` ${p.ticketCode.slice(0, 16)} ${p.ticketCode.slice(16)} `,
    ]) {
      expect(await decideLocally(text, list), text).toEqual({ kind: 'checked_in', attendee: p.attendee });
    }
  });

  it('gives the verdict of the person found: already checked in, waitlisted, cancelled', async () => {
    const checkedIn = await person({ checkedInAt: '2025-04-03T08:00:00.000Z', checkedInDevice: 'server' });
    const waitlisted = await person({ status: 'waitlisted' });
    const cancelled = await person({ status: 'cancelled' });
    const list = await listOf([checkedIn.attendee, waitlisted.attendee, cancelled.attendee]);
    expect((await decideLocally(checkedIn.ticketCode, list)).kind).toBe('already_checked_in');
    expect((await decideLocally(waitlisted.ticketCode, list)).kind).toBe('waitlisted');
    expect((await decideLocally(cancelled.ticketCode, list)).kind).toBe('cancelled');
  });

  it('refuses an unknown code (unlike a signed ticket, a bare code proves nothing) and anything not 32 hex', async () => {
    const list = await listOf([(await person()).attendee]);
    for (const text of [newTicketCode(), 'ABC123', `${newTicketCode()}0`, 'Z'.repeat(32), 'https://example.org']) {
      expect(await decideLocally(text, list), text).toEqual({ kind: 'invalid', attendee: null });
    }
  });
});

describe('verdictFor', () => {
  it('puts the registration status before the check-in state', async () => {
    const at = { checkedInAt: '2025-04-03T08:00:00.000Z', checkedInDevice: 'geraet-1' };
    expect(verdictFor(await doorAttendee({ status: 'cancelled', ...at }))).toBe('cancelled');
    expect(verdictFor(await doorAttendee({ status: 'waitlisted', ...at }))).toBe('waitlisted');
    expect(verdictFor(await doorAttendee({ ...at }))).toBe('already_checked_in');
    expect(verdictFor(await doorAttendee())).toBe('checked_in');
  });
});
