import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cancelRegistration } from '@/lib/registrations/cancellation';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';
import { recordScans } from './batch';
import type { ScanInput } from './schema';
import type { ScanOutcome } from './types';

// A batch must answer and store exactly what the same scans sent one by one do. Both runs go through recordScans:
// one scan per call is the single-scan path that lib/checkin/service.test.ts pins down.

const NOW = new Date();
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** 3 confirmed (one checked in before, under key "pre"), 1 waitlisted, 1 cancelled. */
async function twin(tag: string) {
  const event = await createTestEvent({ capacity: 3, waitlistEnabled: true });
  const regs = [];
  for (let i = 0; i < 5; i++) regs.push(await createRegistration(event, registrationInput()));
  await cancelRegistration(regs[4]!.id, 'org@example.test');
  const qr = regs.map((r) => ticketQrContent({ ticketCode: r.ticketCode, eventId: event.id }));
  const ctx = { eventId: event.id, deviceId: 'device-eq', actor: 'door@example.test' };
  const keyOf = (name: string) => `${tag}-${name}`;
  await recordScans(
    { ...ctx, deviceId: 'device-before' },
    [{ idempotencyKey: keyOf('pre'), scannedAt: minutesAgo(25), code: qr[2] }],
    NOW,
  );
  return { event, regs, qr, ctx, keyOf };
}
type Twin = Awaited<ReturnType<typeof twin>>;

interface Spec {
  name: string;
  target: number;
  minutes: number;
  offline: boolean;
}

function specs(seed: number, count: number): Spec[] {
  const rnd = prng(seed);
  const out: Spec[] = [];
  for (let i = 0; i < count; i++) {
    const reuse = rnd() < 0.2;
    const name = reuse ? (out.length > 0 && rnd() < 0.7 ? out[Math.floor(rnd() * out.length)]!.name : 'pre') : `s${i}`;
    // Targets 0–4: tickets; 5: registration id of 0; 6: forged; 7: another event's ticket; 8: unknown raw code.
    out.push({
      name,
      target: Math.floor(rnd() * 9),
      minutes: [50, 40, 30, 25, 10, 5][Math.floor(rnd() * 6)]!,
      offline: rnd() < 0.5,
    });
  }
  return out;
}

function materialise(t: Twin, foreignQr: string, list: Spec[]): ScanInput[] {
  return list.map((s) => {
    const base = {
      idempotencyKey: t.keyOf(s.name),
      scannedAt: minutesAgo(s.minutes),
      ...(s.offline ? { localResult: 'checked_in' as const } : {}),
    };
    if (s.target <= 4) return { ...base, code: t.qr[s.target] };
    if (s.target === 5) return { ...base, registrationId: t.regs[0]!.id };
    if (s.target === 6) return { ...base, code: t.qr[0]!.slice(0, -4) + (t.qr[0]!.endsWith('AAAA') ? 'BBBB' : 'AAAA') };
    if (s.target === 7) return { ...base, code: foreignQr };
    return { ...base, code: randomBytes(16).toString('hex') };
  });
}

// Everything observable, with ids replaced by key names and registration indexes so that the twins compare.
async function observe(t: Twin, outcomes: ScanOutcome[]) {
  const strip = (key: string) => key.slice(key.indexOf('-') + 1);
  const index = (id: string | null | undefined) => (id ? t.regs.findIndex((r) => r.id === id) : null);
  const rows = await db.checkIn.findMany({ where: { eventId: t.event.id }, orderBy: { idempotencyKey: 'asc' } });
  const keyById = new Map(rows.map((r) => [r.id, strip(r.idempotencyKey)]));
  const regs = await db.registration.findMany({
    where: { eventId: t.event.id },
    select: { id: true, checkedInAt: true, checkedInDevice: true, checkedInBy: true },
  });
  return {
    outcomes: outcomes.map((o) => [
      strip(o.idempotencyKey),
      o.result,
      o.checkInId && keyById.get(o.checkInId),
      o.attendee && [index(o.attendee.id), o.attendee.status, o.attendee.checkedInAt, o.attendee.checkedInDevice],
    ]),
    checkIns: rows.map((r) => [
      strip(r.idempotencyKey),
      r.result,
      index(r.registrationId),
      r.scannedAt.toISOString(),
      r.deviceId,
    ]),
    registrations: regs
      .map((r) => [index(r.id), r.checkedInAt?.toISOString() ?? null, r.checkedInDevice, r.checkedInBy])
      .sort(),
  };
}

describe('recordScans: a batch equals its scans one by one', () => {
  for (const seed of [7, 42, 2026]) {
    it(`seed ${seed}: same results, same order, same stored rows, across chunk borders`, async () => {
      const [one, batch] = [await twin(`a${seed}`), await twin(`b${seed}`)];
      const foreign = await createTestEvent();
      const foreignReg = await createRegistration(foreign, registrationInput());
      const foreignQr = ticketQrContent({ ticketCode: foreignReg.ticketCode, eventId: foreign.id });
      const list = specs(seed, 30);

      const sequential: ScanOutcome[] = [];
      for (const scan of materialise(one, foreignQr, list))
        sequential.push(...(await recordScans(one.ctx, [scan], NOW)));
      const batched = await recordScans(batch.ctx, materialise(batch, foreignQr, list), NOW, 4);

      const expected = await observe(one, sequential);
      expect(await observe(batch, batched)).toEqual(expected);
      // Each seed exercises the verdicts a batch could mix up (seeds 7 and 42 also demote a stored check-in).
      const results = new Set(expected.outcomes.map((o) => o[1]));
      expect(
        ['checked_in', 'already_checked_in', 'conflict', 'invalid', 'wrong_event'].filter((r) => !results.has(r)),
      ).toEqual([]);
    });
  }
});
