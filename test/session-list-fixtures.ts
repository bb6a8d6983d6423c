// Rows for the organizer list tests (lists, exports, print, statistics), written directly as the core would leave them.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db';

const unique = () => randomBytes(6).toString('hex');
const HOUR = 60 * 60 * 1000;

/** A bookable session of `eventId` from `fromHour` to `toHour` after `startsAt`. */
export function createBookableSession(
  event: { id: string; startsAt: Date },
  spec: { title: string; fromHour?: number; toHour?: number; capacity?: number | null; room?: string },
) {
  const from = spec.fromHour ?? 1;
  return db.eventSession.create({
    data: {
      eventId: event.id,
      title: spec.title,
      room: spec.room ?? null,
      startsAt: new Date(event.startsAt.getTime() + from * HOUR),
      endsAt: new Date(event.startsAt.getTime() + (spec.toHour ?? from + 1) * HOUR),
      bookable: true,
      capacity: spec.capacity === undefined ? 20 : spec.capacity,
      waitlistEnabled: true,
    },
  });
}

interface PersonSpec {
  firstName?: string;
  lastName: string;
  status?: 'confirmed' | 'waitlisted' | 'cancelled';
  mode?: 'onsite' | 'online';
  checkedInAt?: Date | null;
}

/** A registration written directly (no seat counters), for list and export tests. */
export function createPerson(eventId: string, spec: PersonSpec) {
  const now = new Date();
  return db.registration.create({
    data: {
      eventId,
      // 32 hex characters, as the ticket QR codes (and so the badges) require.
      ticketCode: randomBytes(16).toString('hex').toUpperCase(),
      manageToken: unique(),
      firstName: spec.firstName ?? 'Erika',
      lastName: spec.lastName,
      email: `${unique()}@example.test`,
      organization: 'HTWK Leipzig',
      status: spec.status ?? 'confirmed',
      mode: spec.mode ?? 'onsite',
      checkedInAt: spec.checkedInAt ?? null,
      privacyConsentVersion: 'test',
      privacyConsentAt: now,
    },
  });
}

/** A booking row written directly; `confirmed` also counts into the session's confirmedCount, as the core does. */
export async function book(
  registration: { id: string; eventId: string },
  sessionId: string,
  status: 'confirmed' | 'waitlisted' | 'cancelled',
  extra: { requestedAt?: Date; checkedInAt?: Date } = {},
) {
  await db.sessionBooking.create({
    data: { eventId: registration.eventId, sessionId, registrationId: registration.id, status, ...extra },
  });
  if (status === 'confirmed')
    await db.eventSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
}
