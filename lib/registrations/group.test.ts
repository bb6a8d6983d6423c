import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { db } from '@/lib/server/db';
import { createTestEvent } from '@/test/factories';
import { createGroupRegistration } from './group';
import { buildGroupRegistrationSchema } from './group-schema';
import { createRegistration } from './service';

const u = () => randomBytes(4).toString('hex');
const person = (first: string) => ({
  firstName: first,
  lastName: 'Kollegin',
  email: `${first.toLowerCase()}.${u()}@example.test`,
});

function groupOf(n: number) {
  return buildGroupRegistrationSchema([], 10).parse({
    submitter: person('Leitung'),
    members: Array.from({ length: n }, (_, i) => person(`Mitglied${i}`)),
    consents: { privacy: true },
  });
}

const target = async (overrides: Parameters<typeof createTestEvent>[0] = {}) => {
  const event = await createTestEvent(overrides);
  return { event: { ...event, approvalOverflow: event.approvalOverflow }, questions: [] };
};

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : null),
  );
}

describe('group registration (all or nothing)', () => {
  it('seats all members in one go, with a ticket and a seat mail each and one summary mail', async () => {
    const t = await target({ capacity: 10 });
    const group = await createGroupRegistration(t, groupOf(3), { source: 'form', locale: 'de' });
    expect(group.status).toBe('confirmed');
    expect(group.members.map((m) => m.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect((await db.event.findUniqueOrThrow({ where: { id: t.event.id } })).confirmedCount).toBe(3);
    const mails = await db.outboxMail.findMany({ where: { eventId: t.event.id } });
    expect(mails.filter((m) => m.kind === 'confirmation')).toHaveLength(3);
    const summary = mails.filter((m) => m.kind === 'group_summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]?.groupId).toBe(group.groupId);
  });

  it('puts a group of 4 with 3 seats left on the waiting list together', async () => {
    const t = await target({ capacity: 3, waitlistEnabled: true });
    const group = await createGroupRegistration(t, groupOf(4), { source: 'form', locale: 'de' });
    expect(group.status).toBe('waitlisted');
    const rows = await db.registration.findMany({ where: { eventId: t.event.id } });
    expect(rows.map((r) => r.status)).toEqual(['waitlisted', 'waitlisted', 'waitlisted', 'waitlisted']);
    expect((await db.event.findUniqueOrThrow({ where: { id: t.event.id } })).confirmedCount).toBe(0);
  });

  it('refuses a group of 4 with 3 seats left without a waiting list, saying 3 are left, and writes nothing', async () => {
    const t = await target({ capacity: 3, waitlistEnabled: false });
    const error = await refusal(createGroupRegistration(t, groupOf(4), { source: 'form', locale: 'de' }));
    expect(error?.key).toBe('groupPlacesLeft');
    expect(error?.values).toEqual({ size: 4, left: 3 });
    expect(await db.registration.count({ where: { eventId: t.event.id } })).toBe(0);
    expect(await db.registrationGroup.count({ where: { eventId: t.event.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { eventId: t.event.id } })).toBe(0);
  });

  it('refuses the whole group with 409 naming a member who is registered already, and writes nothing', async () => {
    const t = await target({ capacity: 10 });
    const input = groupOf(3);
    const member = input.members[1]!;
    await createRegistration(t.event, { ...member, newsletter: false, consents: { privacy: true }, sessions: [] });
    const error = await refusal(createGroupRegistration(t, input, { source: 'form', locale: 'de' }));
    expect(error?.status).toBe(409);
    expect(error?.key).toBe('memberAlreadyRegistered');
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(['members.1.email']);
    expect(await db.registration.count({ where: { eventId: t.event.id } })).toBe(1);
    expect((await db.event.findUniqueOrThrow({ where: { id: t.event.id } })).confirmedCount).toBe(1);
  });

  it('writes the whole group pending where registrations are approved, without seats', async () => {
    const t = await target({ capacity: 10, approvalRequired: true });
    const group = await createGroupRegistration(t, groupOf(2), { source: 'api', locale: 'en' });
    expect(group.status).toBe('pending');
    expect((await db.event.findUniqueOrThrow({ where: { id: t.event.id } })).confirmedCount).toBe(0);
    const kinds = await db.outboxMail.findMany({ where: { eventId: t.event.id }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(['group_summary', 'pending', 'pending']);
  });

  it('refuses an address named twice in the group at the second member', () => {
    const input = groupOf(2);
    const parsed = buildGroupRegistrationSchema([], 5).safeParse({
      ...input,
      members: [input.members[0], { ...input.members[1], email: input.members[0]!.email.toUpperCase() }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['members.1.email', 'duplicateInGroup'],
    ]);
  });
});
