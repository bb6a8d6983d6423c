import { describe, expect, it } from 'vitest';
import { changeSessions } from '@/lib/registrations/session-bookings';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { book, createBookableSession, createPerson } from '@/test/session-list-fixtures';
import { planSessionMove } from './move';

async function setup() {
  const event = await createTestEvent();
  const ki = await createBookableSession(event, { title: 'KI', fromHour: 1, capacity: 1 });
  const data = await createBookableSession(event, { title: 'Data', fromHour: 3 });
  const late = await createBookableSession(event, { title: 'Spät', fromHour: 5 });
  const anna = await createPerson(event.id, { lastName: 'Adler' });
  const clara = await createPerson(event.id, { lastName: 'Cramer' });
  await book(anna, ki.id, 'confirmed');
  await book(anna, late.id, 'confirmed');
  await book(clara, ki.id, 'waitlisted');
  return { event, ki, data, late, anna, clara };
}

describe('an organizer moving someone between workshops', () => {
  it('keeps the other bookings and swaps the session, or drops it', async () => {
    const { event, ki, data, late, anna } = await setup();
    const base = { slug: event.slug, sessionId: ki.id, registrationId: anna.id };
    expect((await planSessionMove({ ...base, to: data.id })).sessionIds.sort()).toEqual([data.id, late.id].sort());
    expect((await planSessionMove({ ...base, to: null })).sessionIds).toEqual([late.id]);
  });

  it('refuses a person not on the list, another event, the same session and a session that is not bookable', async () => {
    const { event, ki, data, anna, clara } = await setup();
    const other = await createTestEvent();
    const plain = await db.eventSession.create({
      data: { eventId: event.id, title: 'Plenum', startsAt: event.startsAt },
    });
    await expect(
      planSessionMove({ slug: event.slug, sessionId: data.id, registrationId: anna.id, to: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      planSessionMove({ slug: other.slug, sessionId: ki.id, registrationId: clara.id, to: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const base = { slug: event.slug, sessionId: ki.id, registrationId: anna.id };
    await expect(planSessionMove({ ...base, to: ki.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(planSessionMove({ ...base, to: plain.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('through the core: the freed place goes to the first on the waiting list', async () => {
    const { event, ki, data, anna, clara } = await setup();
    const plan = await planSessionMove({ slug: event.slug, sessionId: ki.id, registrationId: anna.id, to: data.id });
    const changed = await changeSessions({
      registrationId: anna.id,
      sessionIds: plan.sessionIds,
      actor: 'orga@x.test',
    });
    expect(changed.promotedIds).toEqual([clara.id]);
    const booking = await db.sessionBooking.findUniqueOrThrow({
      where: { registrationId_sessionId: { registrationId: clara.id, sessionId: ki.id } },
    });
    expect(booking.status).toBe('confirmed');
  });
});
