import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegistrationStatus } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';

// Who is signed in; the page's guard is the role matrix's job (lib/auth/access-matrix.test.ts).
const session = vi.hoisted(() => ({ user: { id: '', email: 'door@example.test', role: 'staff' } }));
vi.mock('@/lib/auth/guards', () => ({ requireUser: async () => session.user }));
const { getDoorEventCards } = await import('./queries');

// Far in the future, so only this file's events are current for an organizer, who sees every event.
const NOW = new Date('2091-06-10T08:00:00Z');
const HOUR = 3600_000;

async function addRegistration(
  eventId: string,
  status: RegistrationStatus,
  checkedIn = false,
  mode: 'onsite' | 'online' = 'onsite',
) {
  const id = randomBytes(6).toString('hex');
  await db.registration.create({
    data: {
      eventId,
      status,
      email: `door-${id}@example.test`,
      firstName: 'Test',
      lastName: `Tür-${id}`,
      ticketCode: `D${id}`,
      manageToken: `d${id}${id}`,
      privacyConsentVersion: 'test',
      privacyConsentAt: new Date(),
      checkedInAt: checkedIn ? new Date() : null,
      mode,
    },
  });
}

// Organizers see every event, and other test files create events in the far future too: look only at ours.
const ours = new Set<string>();
const own = <T extends { id: string }>(events: T[]) => events.filter((e) => ours.has(e.id));

const at = async (offsetHours: number, title: string) => {
  // Unpublished, so that no public listing in another test sees them.
  const event = await createTestEvent({
    title,
    published: false,
    startsAt: new Date(NOW.getTime() + offsetHours * HOUR),
    endsAt: new Date(NOW.getTime() + (offsetHours + 8) * HOUR),
  });
  ours.add(event.id);
  return event;
};

describe('getDoorEventCards', () => {
  let staffId: string;

  beforeAll(async () => {
    const today = await at(-1, 'Heute');
    await at(72, 'Später');
    const assignedOnly = await at(24, 'Morgen');
    await at(-40, 'Vorgestern beendet');
    await at(-20, 'Gestern beendet');
    await addRegistration(today.id, 'confirmed', true);
    await addRegistration(today.id, 'confirmed');
    await addRegistration(today.id, 'waitlisted');
    await addRegistration(today.id, 'cancelled', true);
    await addRegistration(today.id, 'confirmed', true, 'online');
    await addRegistration(today.id, 'waitlisted', false, 'online');
    const user = await db.user.create({ data: { email: `door-${randomBytes(4).toString('hex')}@example.test` } });
    staffId = user.id;
    await db.staffAssignment.createMany({
      data: [today, assignedOnly].map((e) => ({ userId: staffId, eventId: e.id })),
    });
  });

  it('gives organizers every current event, today first, then upcoming, then the one ended within a day', async () => {
    session.user = { id: 'orga', email: 'orga@example.test', role: 'organizer' };
    const events = own((await getDoorEventCards(NOW)).events);
    expect(events.map((e) => [e.title, e.phase])).toEqual([
      ['Heute', 'today'],
      ['Morgen', 'upcoming'],
      ['Später', 'upcoming'],
      ['Gestern beendet', 'past'],
    ]);
  });

  it('counts confirmed, checked-in (confirmed only) and waitlisted registrations on site per event', async () => {
    session.user = { id: 'orga', email: 'orga@example.test', role: 'organizer' };
    const events = own((await getDoorEventCards(NOW)).events);
    expect(events[0]?.counts).toEqual({ confirmed: 2, checkedIn: 1, waitlisted: 1 });
    expect(events[1]?.counts).toEqual({ confirmed: 0, checkedIn: 0, waitlisted: 0 });
  });

  it('gives staff only the events they are assigned to', async () => {
    session.user = { id: staffId, email: 'door@example.test', role: 'staff' };
    const { events } = await getDoorEventCards(NOW);
    expect(events.map((e) => e.title)).toEqual(['Heute', 'Morgen']);
  });
});
