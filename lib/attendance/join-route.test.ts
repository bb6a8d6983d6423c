import { describe, expect, it } from 'vitest';
import { GET } from '@/app/(site)/join/[token]/route';
import { composeBookingMailRow } from '@/lib/registrations/booking-mail';
import { generateLinkToken } from '@/lib/registrations/tokens';
import { db } from '@/lib/server/db';
import { callRoute } from '@/test/routes';
import { createTestEvent } from '@/test/factories';

const MINUTE = 60_000;
const STREAM = 'https://stream.example.org/geheim';

async function onlineRegistration(
  startsInMinutes: number,
  status: 'confirmed' | 'cancelled' | 'waitlisted' = 'confirmed',
) {
  const startsAt = new Date(Date.now() + startsInMinutes * MINUTE);
  const event = await createTestEvent({
    attendanceFormat: 'hybrid',
    streamUrl: STREAM,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 8 * 60 * MINUTE),
  });
  const token = generateLinkToken();
  const registration = await db.registration.create({
    data: {
      eventId: event.id,
      firstName: 'Erika',
      lastName: 'Müller',
      email: `erika.${token.slice(0, 8).toLowerCase()}@example.test`,
      status,
      mode: 'online',
      joinToken: token,
      ticketCode: token
        .slice(0, 32)
        .toUpperCase()
        .replace(/[^0-9A-F]/g, 'A')
        .padEnd(32, 'A'),
      manageToken: generateLinkToken(),
      privacyConsentAt: new Date(),
      privacyConsentVersion: 'test',
    },
  });
  return { event, registration, path: `/join/${token}`, params: { token } };
}

const opens = (id: string) =>
  db.registration.findUniqueOrThrow({
    where: { id },
    select: { joinCount: true, joinFirstAt: true, joinLastAt: true },
  });

describe('/join/<token>', () => {
  it('redirects to the stream inside the window and records each GET, but not a HEAD or a prefetch', async () => {
    const { registration, path, params } = await onlineRegistration(10);
    const head = await callRoute(GET, path, { params, method: 'HEAD' });
    expect(head.headers.get('location')).toBeNull();
    const prefetch = await callRoute(GET, path, { params, headers: { 'Sec-Purpose': 'prefetch' } });
    expect(prefetch.headers.get('location')).toBeNull();
    expect((await opens(registration.id)).joinCount).toBe(0);

    const first = await callRoute(GET, path, { params });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(STREAM);
    const afterFirst = await opens(registration.id);
    await callRoute(GET, path, { params });
    const afterSecond = await opens(registration.id);
    expect(afterSecond.joinCount).toBe(2);
    expect(afterSecond.joinFirstAt).toEqual(afterFirst.joinFirstAt);
    expect(afterSecond.joinLastAt!.getTime()).toBeGreaterThanOrEqual(afterFirst.joinLastAt!.getTime());
  });

  it('sends to the info page before the release, without the stream URL and without recording', async () => {
    const { registration, path, params } = await onlineRegistration(120);
    const response = await callRoute(GET, path, { params });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${path}/info`);
    expect(await response.text()).not.toContain(STREAM);
    expect((await opens(registration.id)).joinCount).toBe(0);
  });

  it('answers 404 for a cancelled registration and an unknown token', async () => {
    const { path, params } = await onlineRegistration(10, 'cancelled');
    expect((await callRoute(GET, path, { params })).status).toBe(404);
    const unknown = generateLinkToken();
    expect((await callRoute(GET, `/join/${unknown}`, { params: { token: unknown } })).status).toBe(404);
    // A browser is sent to the info page, which shows the site's 404 page for the same token.
    const browser = await callRoute(GET, path, { params, headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe(`${path}/info`);
  });

  it('mails a session promotion only while the booking still holds its place', async () => {
    const { event, registration } = await onlineRegistration(600);
    await db.registration.update({ where: { id: registration.id }, data: { mode: 'onsite', joinToken: null } });
    const session = await db.eventSession.create({
      data: {
        eventId: event.id,
        title: 'Workshop Datenräume',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        bookable: true,
        capacity: 5,
        position: 0,
      },
    });
    const booking = await db.sessionBooking.create({
      data: { eventId: event.id, sessionId: session.id, registrationId: registration.id, status: 'confirmed' },
    });
    const row = {
      kind: 'session_promotion' as const,
      recipient: registration.email,
      registrationId: registration.id,
      organizerMessageId: null,
      sessionId: session.id,
      variant: null,
    };
    const composed = await composeBookingMailRow(row);
    expect('mail' in composed && composed.mail.subject).toMatch(/^Workshop-Platz frei: Workshop Datenräume – /);
    await db.sessionBooking.update({ where: { id: booking.id }, data: { status: 'cancelled' } });
    expect(await composeBookingMailRow(row)).toEqual({ skip: 'Der Workshop-Platz ist nicht mehr gebucht.' });
  });
});
