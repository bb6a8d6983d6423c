import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { cancelByToken } from '@/lib/registrations/manage-service';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';
import { getAttendeeSnapshot } from './queries';

// This file tests what the door list holds; who may read it is the role matrix's job (lib/auth/access-matrix.test.ts).
vi.mock('@/lib/auth/guards', () => ({
  requireApiCheckInAccess: async () => ({ id: 'door', email: 'door@example.test', role: 'staff' }),
}));
import { recordScan, syncScans, undoCheckIn } from './service';
import { createWalkIn } from './walk-in';

const key = () => `k-${randomBytes(8).toString('hex')}`;
const staff = { id: 'u-staff', email: 'staff@example.test', role: 'staff' as const };
const organizer = { id: 'u-org', email: 'org@example.test', role: 'organizer' as const };

async function setup(capacity = 100) {
  const event = await createTestEvent({ capacity });
  const reg = await createRegistration(event, registrationInput());
  const qr = ticketQrContent({ ticketCode: reg.ticketCode, eventId: event.id });
  return { event, reg, qr };
}

describe('recordScan', () => {
  it('checks in exactly once under 50 concurrent scans of the same ticket', async () => {
    const { event, reg, qr } = await setup();
    const now = new Date();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordScan(
          { eventId: event.id, deviceId: `dev-${i % 5}-xxxxx`, actor: 'door@example.test' },
          { idempotencyKey: key(), scannedAt: now.toISOString(), code: qr },
          now,
        ),
      ),
    );
    expect(outcomes.filter((o) => o.result === 'checked_in')).toHaveLength(1);
    expect(outcomes.filter((o) => o.result === 'already_checked_in')).toHaveLength(49);
    const rows = await db.checkIn.findMany({ where: { registrationId: reg.id, result: 'checked_in' } });
    expect(rows).toHaveLength(1);
    const r = await db.registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(r.checkedInAt?.toISOString()).toBe(now.toISOString());
  });

  it('returns the first result for a repeated idempotency key, also when sent concurrently', async () => {
    const { event, reg, qr } = await setup();
    const ctx = { eventId: event.id, deviceId: 'device-aaaa', actor: 'door@example.test' };
    const scan = { idempotencyKey: key(), scannedAt: new Date().toISOString(), code: qr };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => recordScan(ctx, scan)));
    expect(new Set(outcomes.map((o) => o.result))).toEqual(new Set(['checked_in']));
    expect(new Set(outcomes.map((o) => o.checkInId)).size).toBe(1);
    expect(await db.checkIn.count({ where: { registrationId: reg.id } })).toBe(1);
  });

  it('keeps the earliest of two offline check-ins, whatever order they sync in', async () => {
    const { event, reg, qr } = await setup();
    const early = new Date(Date.now() - 60_000);
    const late = new Date(Date.now() - 30_000);
    await syncScans({ eventId: event.id, deviceId: 'device-late', actor: 'a@example.test' }, [
      { idempotencyKey: key(), scannedAt: late.toISOString(), code: qr, localResult: 'checked_in' },
    ]);
    await syncScans({ eventId: event.id, deviceId: 'device-early', actor: 'b@example.test' }, [
      { idempotencyKey: key(), scannedAt: early.toISOString(), code: qr, localResult: 'checked_in' },
    ]);
    const r = await db.registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(r.checkedInAt?.toISOString()).toBe(early.toISOString());
    expect(r.checkedInDevice).toBe('device-early');
    const rows = await db.checkIn.findMany({ where: { registrationId: reg.id, result: 'checked_in' } });
    expect(rows.map((c) => c.deviceId)).toEqual(['device-early']);
  });

  it("accepts the old raw ticket codes and refuses forged, unknown and other events' tickets", async () => {
    const { event, reg, qr } = await setup();
    const other = await setup();
    const ctx = { eventId: event.id, deviceId: 'device-aaaa', actor: 'door@example.test' };
    const at = new Date().toISOString();
    const forged = qr.slice(0, -3) + (qr.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await recordScan(ctx, { idempotencyKey: key(), scannedAt: at, code: forged })).result).toBe('invalid');
    expect((await recordScan(ctx, { idempotencyKey: key(), scannedAt: at, code: '0'.repeat(32) })).result).toBe(
      'invalid',
    );
    expect((await recordScan(ctx, { idempotencyKey: key(), scannedAt: at, code: other.qr })).result).toBe(
      'wrong_event',
    );
    const raw = await recordScan(ctx, { idempotencyKey: key(), scannedAt: at, code: reg.ticketCode.toLowerCase() });
    expect(raw.result).toBe('checked_in');
    expect(raw.attendee).not.toHaveProperty('email');
  });

  it('flags a ticket cancelled while a device was offline as a conflict, and refuses it online', async () => {
    const { event, reg, qr } = await setup();
    await cancelRegistration(reg.id, 'org@example.test');
    const ctx = { eventId: event.id, deviceId: 'device-aaaa', actor: 'door@example.test' };
    const offline = await recordScan(ctx, {
      idempotencyKey: key(),
      scannedAt: new Date().toISOString(),
      code: qr,
      localResult: 'checked_in',
    });
    expect(offline.result).toBe('conflict');
    const online = await recordScan(ctx, { idempotencyKey: key(), scannedAt: new Date().toISOString(), code: qr });
    expect(online.result).toBe('cancelled');
    expect((await db.registration.findUniqueOrThrow({ where: { id: reg.id } })).checkedInAt).toBeNull();
  });

  it('refuses a ticket cancelled through its manage link and checks in the person who moved up', async () => {
    const event = await createTestEvent({ capacity: 1, waitlistEnabled: true });
    const gone = await createRegistration(event, registrationInput());
    const next = await createRegistration(event, registrationInput());
    expect((await cancelByToken(gone.manageToken)).promotedId).toBe(next.id);
    const ctx = { eventId: event.id, deviceId: 'device-aaaa', actor: 'door@example.test' };
    const scan = (r: typeof gone) => ({
      idempotencyKey: key(),
      scannedAt: new Date().toISOString(),
      code: ticketQrContent({ ticketCode: r.ticketCode, eventId: event.id }),
    });
    expect((await recordScan(ctx, scan(gone))).result).toBe('cancelled');
    expect((await recordScan(ctx, scan(next))).result).toBe('checked_in');
  });
});

describe('undoCheckIn', () => {
  it("lets staff undo their own device's check-in and writes checkin.undo to the audit log", async () => {
    const { event, reg, qr } = await setup();
    const ctx = { eventId: event.id, deviceId: 'device-own', actor: staff.email };
    await recordScan(ctx, { idempotencyKey: key(), scannedAt: new Date().toISOString(), code: qr });
    await expect(
      undoCheckIn({ ...ctx, deviceId: 'device-other', user: staff }, reg.id, undefined),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const after = await undoCheckIn({ ...ctx, user: staff }, reg.id, undefined);
    expect(after.checkedInAt).toBeNull();
    const audit = await db.auditLog.findMany({ where: { registrationId: reg.id, action: 'checkin.undo' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe(staff.email);
  });

  it("requires a reason from a supervisor undoing another device's check-in", async () => {
    const { event, reg, qr } = await setup();
    await recordScan(
      { eventId: event.id, deviceId: 'device-door', actor: staff.email },
      { idempotencyKey: key(), scannedAt: new Date().toISOString(), code: qr },
    );
    const ctx = { eventId: event.id, deviceId: 'device-desk', actor: organizer.email, user: organizer };
    await expect(undoCheckIn(ctx, reg.id, undefined)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await undoCheckIn(ctx, reg.id, 'Falsche Person eingecheckt');
    const row = await db.checkIn.findFirstOrThrow({ where: { registrationId: reg.id } });
    expect(row.undoReason).toBe('Falsche Person eingecheckt');
  });
});

describe('walk-ins', () => {
  it('register without e-mail and check in; a full event refuses staff but admits for organizers over capacity', async () => {
    const event = await createTestEvent({ capacity: 1 });
    const ctx = { eventId: event.id, deviceId: 'device-door', actor: staff.email };
    const first = await createWalkIn({ ...ctx, user: staff }, { firstName: 'Anna', lastName: 'Ohne-Mail' }, key());
    const second = await createWalkIn(
      { ...ctx, user: staff },
      { firstName: 'Ben', lastName: 'Auch-Ohne' },
      key(),
    ).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'EVENT_FULL' });
    const third = await createWalkIn(
      { ...ctx, actor: organizer.email, user: organizer },
      { firstName: 'Cem', lastName: 'Ohne-Mail' },
      key(),
    );
    const rows = await db.registration.findMany({ where: { eventId: event.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.email, r.guestType, r.source, r.status, r.overCapacity, Boolean(r.checkedInAt)])).toEqual(
      [
        ['', 'walk_in', 'door', 'confirmed', false, true],
        ['', 'walk_in', 'door', 'confirmed', true, true],
      ],
    );
    expect([first.result, third.result]).toEqual(['checked_in', 'checked_in']);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(2);
  });
});

describe('getAttendeeSnapshot', () => {
  it('holds no e-mail or answers, and a delta holds what changed', async () => {
    const { event, reg, qr } = await setup();
    const full = await getAttendeeSnapshot(event.id, null);
    expect(full.attendees.map((a) => a.id)).toEqual([reg.id]);
    expect(JSON.stringify(full)).not.toContain(reg.email);
    expect(JSON.stringify(full)).not.toContain('answers');
    const later = new Date(Date.now() + 60_000);
    expect((await getAttendeeSnapshot(event.id, later)).attendees).toHaveLength(0);
    await recordScan(
      { eventId: event.id, deviceId: 'device-aaaa', actor: 'x@example.test' },
      { idempotencyKey: key(), scannedAt: new Date().toISOString(), code: qr },
    );
    const delta = await getAttendeeSnapshot(event.id, new Date(Date.now() - 1000));
    expect(delta.attendees[0]?.checkedInAt).not.toBeNull();
    expect(delta.counts).toEqual({ checkedIn: 1, confirmed: 1 });
  });
});
