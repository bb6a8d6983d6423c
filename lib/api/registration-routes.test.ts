import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { issueFormToken, MIN_FILL_MS } from '@/lib/registrations/anti-bot';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { callRoute, jsonPost } from '@/test/routes';

// Invitations, approval and groups through the public API's real route handlers.
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const single = await import('@/app/api/v1/events/[slug]/registrations/route');
const groups = await import('@/app/api/v1/events/[slug]/registration-groups/route');

const u = () => randomBytes(5).toString('hex');
const ip = () => `10.${[...randomBytes(3)].join('.')}`;
const person = () => ({ firstName: 'Erika', lastName: 'Müller', email: `erika.${u()}@example.test` });
const formToken = () => issueFormToken(new Date(Date.now() - MIN_FILL_MS - 1000));
const post = (route: typeof single, path: string, slug: string, body: object) =>
  callRoute(route.POST, `/api/v1/events/${slug}/${path}`, {
    ...jsonPost({ consents: { privacy: true }, formToken: formToken(), ...body }, { 'x-client-ip': ip() }),
    params: { slug },
  });

describe('registration API: invitations, approval, groups', () => {
  it('answers pending on an event that approves registrations', async () => {
    const event = await createTestEvent({ approvalRequired: true });
    const res = await post(single, 'registrations', event.slug, person());
    expect(res.status).toBe(201);
    expect((await res.json()).status).toBe('pending');
  });

  it('registers with an invitation token once, with the invited address; the second use answers 409', async () => {
    const event = await createTestEvent({ invitationOnly: true });
    const invitation = await db.invitation.create({
      data: {
        eventId: event.id,
        token: randomBytes(32).toString('base64url'),
        firstName: 'Gast',
        lastName: 'Geladen',
        email: `gast.${u()}@example.test`,
        createdBy: 'orga@example.test',
      },
    });
    expect((await post(single, 'registrations', event.slug, person())).status).toBe(403);
    const first = await post(single, 'registrations', event.slug, { ...person(), invitationToken: invitation.token });
    expect(first.status).toBe(201);
    const { id } = await first.json();
    expect((await db.registration.findUniqueOrThrow({ where: { id } })).email).toBe(invitation.email);
    const second = await post(single, 'registrations', event.slug, { ...person(), invitationToken: invitation.token });
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toBe('Diese Einladung wurde bereits für eine Anmeldung verwendet.');
  });

  it('puts a group of 4 with 3 places left on the waiting list together, or refuses it naming 3 places', async () => {
    const members = () => Array.from({ length: 4 }, person);
    const waitlist = await createTestEvent({ capacity: 3, waitlistEnabled: true });
    const together = await post(groups, 'registration-groups', waitlist.slug, {
      submitter: person(),
      members: members(),
    });
    expect(together.status).toBe(201);
    const body = await together.json();
    expect(body.status).toBe('waitlisted');
    expect(body.members.map((m: { status: string }) => m.status)).toEqual(Array(4).fill('waitlisted'));
    const noWaitlist = await createTestEvent({ capacity: 3, waitlistEnabled: false });
    const refused = await post(groups, 'registration-groups', noWaitlist.slug, {
      submitter: person(),
      members: members(),
    });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toEqual({
      code: 'EVENT_FULL',
      message:
        'Für 4 Personen sind nicht genug Plätze frei: Es sind noch 3 Plätze verfügbar. Bitte verkleinern Sie die Gruppe.',
    });
    expect(await db.registration.count({ where: { eventId: noWaitlist.id } })).toBe(0);
  });

  it('refuses a group larger than the event allows', async () => {
    const event = await createTestEvent({ maxGroupSize: 2 });
    const res = await post(groups, 'registration-groups', event.slug, {
      submitter: person(),
      members: [person(), person(), person()],
    });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).errors)).toEqual(['members']);
  });
});
