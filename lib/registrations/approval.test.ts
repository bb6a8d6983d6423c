import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createTestEvent, registrationInput } from '@/test/factories';
import { decideRegistrations } from './approval';
import { createRegistration } from './service';

async function pendingEvent(pending: number, overrides: Parameters<typeof createTestEvent>[0] = {}) {
  const event = await createTestEvent({ capacity: 100, waitlistEnabled: true, approvalRequired: true, ...overrides });
  const ids: string[] = [];
  for (let from = 0; from < pending; from += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, pending - from) }, () => createRegistration(event, registrationInput())),
    );
    ids.push(...batch.map((r) => r.id));
  }
  return { event, ids };
}

async function statusCounts(eventId: string) {
  const rows = await db.registration.groupBy({ by: ['status'], where: { eventId }, _count: true });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
}

describe('approving pending registrations', () => {
  it('writes public registrations as pending, without a seat, with the pending mail', async () => {
    const { event, ids } = await pendingEvent(3, { capacity: 1 });
    expect(await statusCounts(event.id)).toEqual({ pending: 3 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0);
    const mails = await db.outboxMail.findMany({ where: { registrationId: { in: ids } } });
    expect(mails.map((m) => m.kind)).toEqual(['pending', 'pending', 'pending']);
  });

  it('two organizers approving the same 150 pending for 100 seats at once: exactly 100 confirmed, 50 waitlisted', async () => {
    const { event, ids } = await pendingEvent(150);
    const input = { eventId: event.id, registrationIds: ids, decision: 'approve' as const, note: 'Willkommen!' };
    const [a, b] = await Promise.all([
      decideRegistrations({ ...input, actor: 'orga-a@example.test' }),
      decideRegistrations({ ...input, actor: 'orga-b@example.test' }),
    ]);
    expect(a.confirmed.length + b.confirmed.length).toBe(100);
    expect(a.waitlisted.length + b.waitlisted.length).toBe(50);
    expect(a.rejected.length + b.rejected.length).toBe(0);
    // Each registration was decided by exactly one of them; the other skipped it.
    const decidedByA = [...a.confirmed, ...a.waitlisted];
    expect(new Set([...decidedByA, ...b.confirmed, ...b.waitlisted]).size).toBe(150);
    expect(new Set(b.skipped)).toEqual(new Set(decidedByA));
    expect(await statusCounts(event.id)).toEqual({ confirmed: 100, waitlisted: 50 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(100);
    const mails = await db.outboxMail.findMany({ where: { eventId: event.id, variant: 'decision' } });
    expect(mails.filter((m) => m.kind === 'confirmation')).toHaveLength(100);
    expect(mails.filter((m) => m.kind === 'waitlist')).toHaveLength(50);
    const audit = await db.auditLog.findMany({ where: { eventId: event.id, action: 'registration.approve' } });
    expect(audit).toHaveLength(150);
    const notes = await db.registration.findMany({ where: { eventId: event.id }, select: { decisionNote: true } });
    expect(notes.every((n) => n.decisionNote === 'Willkommen!')).toBe(true);
  });

  it('with overflow "refuse", the same race confirms exactly 100 and rejects the other 50', async () => {
    const { event, ids } = await pendingEvent(150, { approvalOverflow: 'refuse' });
    const input = { eventId: event.id, registrationIds: ids, decision: 'approve' as const };
    const [a, b] = await Promise.all([
      decideRegistrations({ ...input, actor: 'orga-a@example.test' }),
      decideRegistrations({ ...input, actor: 'orga-b@example.test' }),
    ]);
    expect(a.confirmed.length + b.confirmed.length).toBe(100);
    expect(a.rejected.length + b.rejected.length).toBe(50);
    expect(await statusCounts(event.id)).toEqual({ confirmed: 100, rejected: 50 });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(100);
    const rejections = await db.outboxMail.findMany({ where: { eventId: event.id, kind: 'rejection' } });
    expect(rejections).toHaveLength(50);
    expect(rejections.every((m) => m.variant === 'full')).toBe(true);
  });

  it('approves only into public seats: the contingent stays held for invitees', async () => {
    const { event, ids } = await pendingEvent(4, { capacity: 4, reservedSeats: 2, approvalOverflow: 'refuse' });
    const result = await decideRegistrations({
      eventId: event.id,
      registrationIds: ids,
      decision: 'approve',
      actor: 'orga@example.test',
    });
    // In arrival order: the first two get the two public seats.
    const arrival = await db.registration.findMany({
      where: { eventId: event.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    expect(result.confirmed).toEqual(arrival.slice(0, 2).map((r) => r.id));
    expect(result.rejected).toEqual(arrival.slice(2).map((r) => r.id));
    const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.confirmedCount, after.reservedTaken]).toEqual([2, 0]);
  });

  it('rejects with a mail and an audit entry, and skips what is no longer pending or of another event', async () => {
    const { event, ids } = await pendingEvent(2);
    const other = await pendingEvent(1);
    const [first, second] = ids as [string, string];
    await decideRegistrations({ eventId: event.id, registrationIds: [first], decision: 'reject', actor: 'o@x.test' });
    const again = await decideRegistrations({
      eventId: event.id,
      registrationIds: [first, second, ...other.ids],
      decision: 'approve',
      actor: 'o@x.test',
    });
    expect(again.confirmed).toEqual([second]);
    expect(again.skipped).toEqual([first, ...other.ids]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: first } })).status).toBe('rejected');
    expect(
      await db.outboxMail.count({ where: { registrationId: first, kind: 'rejection', variant: 'decision' } }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { registrationId: first, action: 'registration.reject' } })).toBe(1);
    expect((await db.registration.findUniqueOrThrow({ where: { id: other.ids[0] } })).status).toBe('pending');
  });
});
