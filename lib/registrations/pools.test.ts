import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { getRegistrationState } from '@/lib/events/registration-state';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { cancelRegistration } from './cancellation';
import { releaseContingent } from './contingent';
import { releaseDueContingents } from './contingent-release';
import { createRegistration } from './service';

const HOUR = 60 * 60 * 1000;

async function invite(eventId: string, overrides: { status?: 'declined' } = {}) {
  const u = randomBytes(5).toString('hex');
  return db.invitation.create({
    data: {
      eventId,
      token: randomBytes(32).toString('base64url'),
      firstName: 'Gast',
      lastName: u,
      email: `gast.${u}@example.test`,
      createdBy: 'orga@example.test',
      ...overrides,
    },
  });
}

const counters = (id: string) =>
  db.event.findUniqueOrThrow({ where: { id } }).then((e) => ({ c: e.confirmedCount, taken: e.reservedTaken }));

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? { code: e.code, key: e.key, status: e.status } : e),
  );
}

async function asInvitee(event: Awaited<ReturnType<typeof createTestEvent>>) {
  const invitation = await invite(event.id);
  return createRegistration(event, registrationInput(), { invitationToken: invitation.token });
}

describe('the two pools: public seats and the invitees contingent', () => {
  it('offers the public capacity − held seats and waitlists the public beyond it', async () => {
    const event = await createTestEvent({ capacity: 5, reservedSeats: 2, waitlistEnabled: true });
    const publicOnes = [];
    for (let i = 0; i < 4; i++) publicOnes.push(await createRegistration(event, registrationInput()));
    expect(publicOnes.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    expect(publicOnes[2]?.filledLastSeat).toBe(true);
    const now = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(getRegistrationState(now)).toMatchObject({ capacity: 3, remaining: 0, status: 'waitlist' });
  });

  it('seats invitees from the contingent first, then from the public pool, then waitlists them', async () => {
    const event = await createTestEvent({ capacity: 4, reservedSeats: 2, waitlistEnabled: true });
    const seats = [];
    for (let i = 0; i < 5; i++) seats.push(await asInvitee(event));
    expect(seats.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const rows = await db.registration.findMany({ where: { id: { in: seats.map((s) => s.id) } } });
    const contingent = seats.map((s) => rows.find((r) => r.id === s.id)?.contingentSeat);
    expect(contingent).toEqual([true, true, false, false, false]);
    expect(await counters(event.id)).toEqual({ c: 4, taken: 2 });
  });

  it('an invitee still gets a held seat when the public pool is full', async () => {
    const event = await createTestEvent({ capacity: 3, reservedSeats: 1, waitlistEnabled: false });
    await createRegistration(event, registrationInput());
    await createRegistration(event, registrationInput());
    expect(await errorOf(createRegistration(event, registrationInput()))).toMatchObject({ code: 'EVENT_FULL' });
    const invitee = await asInvitee(event);
    expect(invitee.status).toBe('confirmed');
    expect(await counters(event.id)).toEqual({ c: 3, taken: 1 });
  });
});

describe('invitation tokens', () => {
  it('registers once with the invited address and marks the invitation; a second use answers 409', async () => {
    const event = await createTestEvent({ approvalRequired: true, invitationOnly: true });
    const invitation = await invite(event.id);
    const first = await createRegistration(event, registrationInput({ email: 'jemand.anderes@example.test' }), {
      invitationToken: invitation.token,
    });
    // Invitees skip the approval, and the address is the invited one.
    expect(first.status).toBe('confirmed');
    expect(first.email).toBe(invitation.email);
    const marked = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(marked.status).toBe('registered');
    expect(marked.registeredAt).not.toBeNull();
    const second = await errorOf(createRegistration(event, registrationInput(), { invitationToken: invitation.token }));
    expect(second).toMatchObject({ code: 'ALREADY_REGISTERED', key: 'invitationUsed', status: 409 });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect(await counters(event.id)).toEqual({ c: 1, taken: 0 });
  });

  it('refuses the public on an invitation-only event (403) and a token of another event (404)', async () => {
    const event = await createTestEvent({ invitationOnly: true });
    const other = await createTestEvent();
    const foreign = await invite(other.id);
    expect(await errorOf(createRegistration(event, registrationInput()))).toMatchObject({
      key: 'invitationOnly',
      status: 403,
    });
    expect(
      await errorOf(createRegistration(event, registrationInput(), { invitationToken: foreign.token })),
    ).toMatchObject({ key: 'invitationNotFound', status: 404 });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('leaves the invitation usable when the registration is refused for want of places', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: false });
    await createRegistration(event, registrationInput());
    const invitation = await invite(event.id);
    const full = await errorOf(createRegistration(event, registrationInput(), { invitationToken: invitation.token }));
    expect(full).toMatchObject({ code: 'EVENT_FULL' });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe('invited');
  });

  it('gives one of two simultaneous uses of the same token the registration, the other 409', async () => {
    const event = await createTestEvent();
    const invitation = await invite(event.id);
    const outcomes = await Promise.all(
      [1, 2].map(() =>
        createRegistration(event, registrationInput(), { invitationToken: invitation.token }).then(
          () => 'registered',
          (e: unknown) => (isAppError(e) ? e.key : String(e)),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(['invitationUsed', 'registered']);
    expect(await counters(event.id)).toEqual({ c: 1, taken: 0 });
  });

  it('lets a declined invitee register after all', async () => {
    const event = await createTestEvent();
    const invitation = await invite(event.id, { status: 'declined' });
    const created = await createRegistration(event, registrationInput(), { invitationToken: invitation.token });
    expect(created.status).toBe('confirmed');
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe('registered');
  });
});

describe('releasing the contingent and promoting by pools', () => {
  it('releases by hand: the waiting list moves up into the freed seats, once', async () => {
    const event = await createTestEvent({ capacity: 4, reservedSeats: 2, waitlistEnabled: true });
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await createRegistration(event, registrationInput()));
    expect(people.map((p) => p.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect(await releaseContingent(event.id, 'orga@example.test')).toEqual({ released: 2, promoted: 2 });
    const statuses = await db.registration.findMany({
      where: { id: { in: people.map((p) => p.id) } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { status: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    expect(await db.outboxMail.count({ where: { eventId: event.id, kind: 'promotion' } })).toBe(2);
    expect(await releaseContingent(event.id, 'orga@example.test')).toEqual({ released: 0, promoted: 0 });
    expect(await counters(event.id)).toEqual({ c: 4, taken: 0 });
  });

  it('releases by date: public seats at once, the waiting list moves up when the job runs', async () => {
    const event = await createTestEvent({ capacity: 2, reservedSeats: 2, waitlistEnabled: true });
    const waiting = await createRegistration(event, registrationInput());
    expect(waiting.status).toBe('waitlisted');
    await db.event.update({ where: { id: event.id }, data: { reservedReleaseAt: new Date(Date.now() - HOUR) } });
    const due = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    // Before the job: the held seats count as released already.
    expect((await createRegistration(due, registrationInput())).status).toBe('confirmed');
    expect(await releaseDueContingents()).toBeGreaterThanOrEqual(1);
    expect((await db.registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('confirmed');
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).reservedReleasedAt).not.toBeNull();
  });

  it('gives a freed held seat to the next invitee, not to a public person ahead of them', async () => {
    const event = await createTestEvent({ capacity: 3, reservedSeats: 1, waitlistEnabled: true });
    const a = await createRegistration(event, registrationInput());
    await createRegistration(event, registrationInput());
    const c = await createRegistration(event, registrationInput());
    const i1 = await asInvitee(event);
    const i2 = await asInvitee(event);
    expect([c.status, i1.status, i1.contingentSeat, i2.status]).toEqual([
      'waitlisted',
      'confirmed',
      true,
      'waitlisted',
    ]);
    // The invitee's held seat goes back to the contingent: the public person c may not take it.
    const freed = await cancelRegistration(i1.id, 'attendee');
    expect(freed.promotedId).toBe(i2.id);
    expect((await db.registration.findUniqueOrThrow({ where: { id: i2.id } })).contingentSeat).toBe(true);
    expect(await counters(event.id)).toEqual({ c: 3, taken: 1 });
    // A public seat freed goes to c.
    expect((await cancelRegistration(a.id, 'attendee')).promotedId).toBe(c.id);
    expect(await counters(event.id)).toEqual({ c: 3, taken: 1 });
  });

  it('cancelling a pending registration frees nothing and says the review is withdrawn', async () => {
    const event = await createTestEvent({ capacity: 1, approvalRequired: true });
    const pending = await createRegistration(event, registrationInput());
    expect(pending.status).toBe('pending');
    expect(await cancelRegistration(pending.id, 'attendee')).toEqual({
      cancelled: true,
      promotedId: null,
      reopened: false,
    });
    expect(await counters(event.id)).toEqual({ c: 0, taken: 0 });
    const mail = await db.outboxMail.findFirstOrThrow({ where: { registrationId: pending.id, kind: 'cancellation' } });
    expect(mail.variant).toBe('review_withdrawn');
  });
});
