import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';
import { recordScans } from './batch';
import type { ScanInput } from './schema';

const key = () => `k-${randomBytes(8).toString('hex')}`;
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** An event with confirmed, waitlisted and cancelled registrations (capacity 2), and their signed tickets. */
async function door(confirmed = 2) {
  const event = await createTestEvent({ capacity: confirmed, waitlistEnabled: true });
  const regs = [];
  for (let i = 0; i < confirmed + 2; i++) regs.push(await createRegistration(event, registrationInput()));
  await cancelRegistration(regs[confirmed + 1]!.id, 'org@example.test');
  const qr = regs.map((r) => ticketQrContent({ ticketCode: r.ticketCode, eventId: event.id }));
  const ctx = { eventId: event.id, deviceId: `dev-${randomBytes(4).toString('hex')}`, actor: 'door@example.test' };
  return { event, regs, qr, ctx, waitlisted: confirmed, cancelled: confirmed + 1 };
}

async function stored(keys: string[]) {
  const rows = await db.checkIn.findMany({
    where: { idempotencyKey: { in: keys } },
    select: { idempotencyKey: true, result: true, registrationId: true, id: true },
  });
  return keys.map((k) => rows.find((r) => r.idempotencyKey === k));
}

describe('recordScans (batch)', () => {
  it('keeps the earlier of two scans of one ticket in one batch, in both orders, as one by one would', async () => {
    const { regs, qr, ctx } = await door();
    const forward = [key(), key()];
    const f = await recordScans(ctx, [
      { idempotencyKey: forward[0]!, scannedAt: ago(10), code: qr[0] },
      { idempotencyKey: forward[1]!, scannedAt: ago(5), code: qr[0] },
    ]);
    expect(f.map((o) => o.result)).toEqual(['checked_in', 'already_checked_in']);
    expect((await stored(forward)).map((r) => r?.result)).toEqual(['checked_in', 'already_checked_in']);

    const backward = [key(), key()];
    const scans = [
      { idempotencyKey: backward[0]!, scannedAt: ago(5), code: qr[1] },
      { idempotencyKey: backward[1]!, scannedAt: ago(10), code: qr[1] },
    ];
    const b = await recordScans(ctx, scans);
    expect(b.map((o) => o.result)).toEqual(['checked_in', 'checked_in']);
    expect((await stored(backward)).map((r) => r?.result)).toEqual(['already_checked_in', 'checked_in']);
    const row = await db.registration.findUniqueOrThrow({ where: { id: regs[1]!.id } });
    expect(row.checkedInAt?.toISOString()).toBe(scans[1]!.scannedAt);
    // A retried upload answers from the stored rows.
    const replay = await recordScans(ctx, scans);
    expect(replay.map((o) => [o.result, o.checkInId])).toEqual([
      ['already_checked_in', b[0]!.checkInId],
      ['checked_in', b[1]!.checkInId],
    ]);
  });

  it("answers a key repeated inside one batch with the first scan's check-in", async () => {
    const { regs, qr, ctx } = await door();
    const k = key();
    const out = await recordScans(ctx, [
      { idempotencyKey: k, scannedAt: ago(3), code: qr[0] },
      { idempotencyKey: key(), scannedAt: ago(4), code: qr[1] },
      { idempotencyKey: k, scannedAt: ago(3), code: qr[0] },
    ]);
    expect(out.map((o) => o.result)).toEqual(['checked_in', 'checked_in', 'checked_in']);
    expect(out[2]!.checkInId).toBe(out[0]!.checkInId);
    expect(out[2]!.attendee?.id).toBe(regs[0]!.id);
    expect(await db.checkIn.count({ where: { idempotencyKey: k } })).toBe(1);
  });

  it('decides a mixed batch in order: valid, forged, cancelled, waitlisted, other event, unknown', async () => {
    const { regs, qr, ctx, waitlisted, cancelled } = await door();
    const other = await door();
    const forged = qr[0]!.slice(0, -3) + (qr[0]!.endsWith('AAA') ? 'BBB' : 'AAA');
    const parts: Omit<ScanInput, 'idempotencyKey' | 'scannedAt'>[] = [
      { code: qr[0] },
      { code: forged },
      { code: qr[cancelled], localResult: 'checked_in' },
      { code: qr[cancelled] },
      { code: qr[waitlisted], localResult: 'checked_in' },
      { code: other.qr[0] },
      { registrationId: other.regs[1]!.id },
      { code: '0'.repeat(32) },
      { registrationId: 'no-such-registration' },
      { code: regs[1]!.ticketCode.toLowerCase() },
    ];
    const scans: ScanInput[] = parts.map((s) => ({ ...s, idempotencyKey: key(), scannedAt: ago(1) }));
    const out = await recordScans(ctx, scans);
    expect(out.map((o) => o.result)).toEqual([
      'checked_in',
      'invalid',
      'conflict',
      'cancelled',
      'conflict',
      'wrong_event',
      'wrong_event',
      'invalid',
      'invalid',
      'checked_in',
    ]);
    expect(out.map((o) => o.idempotencyKey)).toEqual(scans.map((s) => s.idempotencyKey));
    const rows = await stored(scans.map((s) => s.idempotencyKey));
    expect(rows.map((r) => r?.registrationId ?? null)).toEqual([
      regs[0]!.id,
      null,
      regs[cancelled]!.id,
      regs[cancelled]!.id,
      regs[waitlisted]!.id,
      null,
      null,
      null,
      null,
      regs[1]!.id,
    ]);
    expect(rows.map((r) => r?.id)).toEqual(out.map((o) => o.checkInId));
    expect(JSON.stringify(out)).not.toContain('@example.test');
    const checkedIn = await db.registration.findMany({
      where: { eventId: ctx.eventId, checkedInAt: { not: null } },
      select: { id: true, checkedInDevice: true },
    });
    expect(new Set(checkedIn.map((r) => r.id))).toEqual(new Set([regs[0]!.id, regs[1]!.id]));
    expect(checkedIn.every((r) => r.checkedInDevice === ctx.deviceId)).toBe(true);
    expect(await db.registration.count({ where: { eventId: other.event.id, checkedInAt: { not: null } } })).toBe(0);
  });

  it("lets another device's earlier single scan win, whichever commits first, across chunks", async () => {
    const { event, regs, qr, ctx } = await door(40);
    const target = 25;
    const batch = regs
      .slice(0, 40)
      .map((_, i) => ({ idempotencyKey: key(), scannedAt: ago(1), code: qr[i], localResult: 'checked_in' as const }));
    const single = { idempotencyKey: key(), scannedAt: ago(20), code: qr[target] };
    const otherDevice = { ...ctx, deviceId: 'device-single' };
    const [out, [alone]] = await Promise.all([
      recordScans(ctx, batch, undefined, 7),
      recordScans(otherDevice, [single]),
    ]);
    expect(alone!.result).toBe('checked_in');
    expect(['checked_in', 'already_checked_in']).toContain(out[target]!.result);
    expect(out.filter((_o, i) => i !== target).every((o) => o.result === 'checked_in')).toBe(true);
    const row = await db.registration.findUniqueOrThrow({ where: { id: regs[target]!.id } });
    expect([row.checkedInAt?.toISOString(), row.checkedInDevice]).toEqual([single.scannedAt, 'device-single']);
    const winners = await db.checkIn.findMany({
      where: { registrationId: regs[target]!.id, result: 'checked_in' },
      select: { deviceId: true },
    });
    expect(winners).toEqual([{ deviceId: 'device-single' }]);
    expect(await db.registration.count({ where: { eventId: event.id, checkedInAt: { not: null } } })).toBe(40);
  });

  it('waits for a single scan holding the row lock and does not overwrite its earlier check-in', async () => {
    const { regs, qr, ctx } = await door(3);
    const target = regs[1]!.id;
    const early = new Date(Date.now() - 20 * 60_000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const holding = new Promise<void>((r) => (locked = r));
    // Another device's scan in flight: it holds the lock, then checks in earlier than the batch's scans.
    const single = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Registration" WHERE id = ${target} FOR UPDATE`;
      locked();
      await gate;
      await tx.registration.update({
        where: { id: target },
        data: { checkedInAt: early, checkedInDevice: 'device-single', checkedInBy: 'x@example.test' },
      });
      await tx.checkIn.create({
        data: {
          eventId: ctx.eventId,
          registrationId: target,
          idempotencyKey: key(),
          deviceId: 'device-single',
          scannedAt: early,
          result: 'checked_in',
          actor: 'x@example.test',
        },
      });
    });
    await holding;
    const batch = recordScans(
      ctx,
      [0, 1, 2].map((i) => ({
        idempotencyKey: key(),
        scannedAt: ago(1),
        code: qr[i],
        localResult: 'checked_in' as const,
      })),
    );
    await new Promise((r) => setTimeout(r, 300));
    release();
    await single;
    expect((await batch).map((o) => o.result)).toEqual(['checked_in', 'already_checked_in', 'checked_in']);
    const row = await db.registration.findUniqueOrThrow({ where: { id: target } });
    expect([row.checkedInAt?.toISOString(), row.checkedInDevice]).toEqual([early.toISOString(), 'device-single']);
  });

  it("answers with the other request's row when the same key is stored concurrently (insert race, chunk reruns)", async () => {
    const { ctx } = await door(1);
    const scan = { idempotencyKey: key(), scannedAt: ago(1), code: '0'.repeat(32) };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inserted!: (id: string) => void;
    const holding = new Promise<string>((r) => (inserted = r));
    // The other request has inserted the key but not committed: an invalid code locks no registration to wait on.
    const other = db.$transaction(async (tx) => {
      const row = await tx.checkIn.create({
        data: {
          eventId: ctx.eventId,
          idempotencyKey: scan.idempotencyKey,
          deviceId: ctx.deviceId,
          scannedAt: new Date(),
          result: 'invalid',
          actor: ctx.actor,
        },
      });
      inserted(row.id);
      await gate;
    });
    const otherId = await holding;
    const mine = recordScans(ctx, [scan]);
    await new Promise((r) => setTimeout(r, 300));
    release();
    await other;
    expect((await mine).map((o) => [o.result, o.checkInId])).toEqual([['invalid', otherId]]);
    expect(await db.checkIn.count({ where: { idempotencyKey: scan.idempotencyKey } })).toBe(1);
  });
});
