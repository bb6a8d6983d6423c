import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { door as englishDoor } from '@/lib/i18n/en/door';
import { createRegistration } from '@/lib/registrations/service';
import { substituteRegistration } from '@/lib/registrations/substitution';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';
import { decideLocally } from './decide';
import { describeScan } from './display';

// What the door list holds is tested here; who may read it is the role matrix's job.
vi.mock('@/lib/auth/guards', () => ({
  requireApiCheckInAccess: async () => ({ id: 'door', email: 'door@example.test', role: 'staff' }),
}));
import { getAttendeeSnapshot } from './queries';
import { doorAttendeeSchema } from './schema';
import { recordScan } from './service';

const key = () => `k-${randomBytes(8).toString('hex')}`;

async function handedOver() {
  const event = await createTestEvent({ capacity: 10 });
  const old = await createRegistration(event, registrationInput({ title: 'Dr.', lastName: 'Kühn' }));
  const before = new Date();
  const substitute = await substituteRegistration(
    old.manageToken,
    { firstName: 'Max', lastName: 'Schmidt', email: `max.${randomBytes(4).toString('hex')}@example.test` },
    'attendee',
  );
  const fresh = await db.registration.findUniqueOrThrow({ where: { id: substitute.id } });
  return { event, old, before, fresh };
}

describe('a ticket handed to a substitute at the door', () => {
  it('the next delta sync carries the old ticket as cancelled and substituted, and the new one as confirmed', async () => {
    const { event, old, before, fresh } = await handedOver();
    const snapshot = await getAttendeeSnapshot(event.id, before);
    const byId = new Map(snapshot.attendees.map((a) => [a.id, a]));
    expect(byId.get(old.id)).toMatchObject({ status: 'cancelled', substituted: true });
    expect(byId.get(fresh.id)).toMatchObject({ status: 'confirmed', firstName: 'Max' });
    expect(byId.get(fresh.id)).not.toHaveProperty('substituted');
    // What the device stores keeps the flag; a payload from an older server (no flag) still parses.
    const parsed = doorAttendeeSchema.parse(byId.get(old.id));
    expect(parsed.substituted).toBe(true);
    const { substituted: _s, ...older } = parsed;
    expect(doorAttendeeSchema.parse(older).substituted).toBeUndefined();
  });

  it('offline, after that sync, the device refuses the old ticket with the hand-over wording and admits the new one', async () => {
    const { event, old, before, fresh } = await handedOver();
    const snapshot = await getAttendeeSnapshot(event.id, before);
    const byHash = new Map(snapshot.attendees.map((a) => [a.ticketHash, a]));
    const list = { publicKey: '', eventTag: '', byHash: (h: string) => byHash.get(h) };

    const refused = await decideLocally(old.ticketCode, list);
    expect(refused.kind).toBe('cancelled');
    const shown = describeScan(refused.kind, refused.attendee);
    expect(shown).toMatchObject({ tone: 'danger', symbol: '✕', headline: expect.stringContaining('Vertretung') });
    expect(shown.name).toContain('Kühn');
    const english = describeScan(refused.kind, refused.attendee, { t: englishDoor, locale: 'en' });
    expect(english.headline).toContain('substitute');

    expect((await decideLocally(fresh.ticketCode, list)).kind).toBe('checked_in');
  });

  it('online, the server refuses the old ticket as substituted and checks in the new one', async () => {
    const { event, old, fresh } = await handedOver();
    const ctx = { eventId: event.id, deviceId: 'device-subst', actor: 'door@example.test' };
    const scan = (ticketCode: string) => ({
      idempotencyKey: key(),
      scannedAt: new Date().toISOString(),
      code: ticketQrContent({ ticketCode, eventId: event.id }),
    });
    const refused = await recordScan(ctx, scan(old.ticketCode));
    expect(refused.result).toBe('cancelled');
    expect(refused.attendee?.substituted).toBe(true);
    expect(describeScan(refused.result, refused.attendee).headline).toBe(
      'Ticket übertragen – an Vertretung übergeben, kein Einlass',
    );
    const admitted = await recordScan(ctx, scan(fresh.ticketCode));
    expect(admitted.result).toBe('checked_in');
    expect(admitted.attendee?.id).toBe(fresh.id);
  });

  it('a plain cancellation still reads "Storniert"', () => {
    const attendee = doorAttendeeSchema.parse({
      id: 'r1',
      title: null,
      firstName: 'Erika',
      lastName: 'Müller',
      organization: null,
      status: 'cancelled',
      guestType: 'attendee',
      checkedInAt: null,
      checkedInDevice: null,
      ticketHash: '0'.repeat(32),
    });
    expect(describeScan('cancelled', attendee).headline).toBe('Storniert – kein Einlass');
  });
});
