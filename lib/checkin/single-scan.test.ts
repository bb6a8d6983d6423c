import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';
import { logStatements } from '@/test/statement-log';
import { countCheckins, syncScansWithCounts } from './service';

const sent = logStatements();

const key = () => `one-${randomBytes(8).toString('hex')}`;
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function door(confirmed: number) {
  const event = await createTestEvent({ capacity: confirmed });
  const regs = [];
  for (let i = 0; i < confirmed; i++) regs.push(await createRegistration(event, registrationInput()));
  const qr = regs.map((r) => ticketQrContent({ ticketCode: r.ticketCode, eventId: event.id }));
  const ctx = { eventId: event.id, deviceId: `dev-${randomBytes(4).toString('hex')}`, actor: 'door@example.test' };
  return { regs, qr, ctx };
}

describe('a single scan', () => {
  it('is decided, stored and counted in one statement, with the counts after its own check-in', async () => {
    const { qr, ctx } = await door(3);
    const scan = { idempotencyKey: key(), scannedAt: ago(1), code: qr[1] };
    let answer!: Awaited<ReturnType<typeof syncScansWithCounts>>;
    const statements = await sent(async () => {
      answer = await syncScansWithCounts(ctx, [scan]);
    });
    expect(statements).toHaveLength(1);
    expect(answer.results.map((r) => r.result)).toEqual(['checked_in']);
    expect(answer.counts).toEqual({ checkedIn: 1, confirmed: 3 });
    expect(answer.counts).toEqual(await countCheckins(ctx.eventId));
    // A repeat of the ticket (new key) and of the key: neither counts again.
    const again = await syncScansWithCounts(ctx, [{ ...scan, idempotencyKey: key() }]);
    expect([again.results[0]!.result, again.counts]).toEqual(['already_checked_in', { checkedIn: 1, confirmed: 3 }]);
    const repeated = await syncScansWithCounts(ctx, [scan]);
    expect(repeated.results[0]!.checkInId).toBe(answer.results[0]!.checkInId);
    expect(repeated.counts).toEqual({ checkedIn: 1, confirmed: 3 });
  });

  it('demotes a later check-in committed while it waited for the row lock (reruns with a new snapshot)', async () => {
    const { regs, qr, ctx } = await door(1);
    const target = regs[0]!.id;
    const later = new Date(Date.now() - 60_000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const holding = new Promise<void>((r) => (locked = r));
    // Another device checks the person in (later than our scan) and commits only after our statement began.
    const other = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Registration" WHERE id = ${target} FOR UPDATE`;
      locked();
      await gate;
      await tx.registration.update({
        where: { id: target },
        data: { checkedInAt: later, checkedInDevice: 'device-other', checkedInBy: 'x@example.test' },
      });
      await tx.checkIn.create({
        data: {
          eventId: ctx.eventId,
          registrationId: target,
          idempotencyKey: key(),
          deviceId: 'device-other',
          scannedAt: later,
          result: 'checked_in',
          actor: 'x@example.test',
        },
      });
    });
    await holding;
    const early = { idempotencyKey: key(), scannedAt: ago(20), code: qr[0], localResult: 'checked_in' as const };
    const mine = syncScansWithCounts(ctx, [early]);
    await new Promise((r) => setTimeout(r, 300));
    release();
    await other;
    expect((await mine).results[0]!.result).toBe('checked_in');
    const rows = await db.checkIn.findMany({
      where: { registrationId: target },
      select: { deviceId: true, result: true },
    });
    expect(rows.sort((a, b) => a.deviceId.localeCompare(b.deviceId))).toEqual([
      { deviceId: ctx.deviceId, result: 'checked_in' },
      { deviceId: 'device-other', result: 'already_checked_in' },
    ]);
    const row = await db.registration.findUniqueOrThrow({ where: { id: target } });
    expect([row.checkedInAt?.toISOString(), row.checkedInDevice]).toEqual([early.scannedAt, ctx.deviceId]);
  });
});
