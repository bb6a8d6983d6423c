import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { createTestEvent } from './factories';

const HOUR = 60 * 60 * 1000;

export interface TestSession {
  title?: string;
  /** Hours after the event start. */
  from: number;
  to: number;
  capacity?: number | null;
  waitlist?: boolean;
}

/** An event (30 days ahead) with bookable sessions; returns the event and the session ids in the given order. */
export async function createSessionTestEvent(
  overrides: Partial<Prisma.EventCreateInput>,
  sessions: TestSession[],
): Promise<{ event: Awaited<ReturnType<typeof createTestEvent>>; sessionIds: string[] }> {
  const event = await createTestEvent(overrides);
  const sessionIds: string[] = [];
  for (const [i, s] of sessions.entries()) {
    const row = await db.eventSession.create({
      data: {
        eventId: event.id,
        title: s.title ?? `Workshop ${i + 1} ${randomBytes(2).toString('hex')}`,
        startsAt: new Date(event.startsAt.getTime() + s.from * HOUR),
        endsAt: new Date(event.startsAt.getTime() + s.to * HOUR),
        bookable: true,
        capacity: s.capacity === undefined ? 20 : s.capacity,
        waitlistEnabled: s.waitlist ?? false,
        position: i,
      },
      select: { id: true },
    });
    sessionIds.push(row.id);
  }
  return { event, sessionIds };
}

/** Checks the core's invariant: every session's counter equals its confirmed bookings. */
export async function sessionCountsMismatch(eventId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "EventSession" s
    WHERE s."eventId" = ${eventId} AND s."confirmedCount" <> (
      SELECT count(*) FROM "SessionBooking" b WHERE b."sessionId" = s.id AND b.status = 'confirmed')`;
  return rows.map((r) => r.id);
}
