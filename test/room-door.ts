import { randomBytes } from 'node:crypto';
import { createRegistration } from '@/lib/registrations/service';
import { db } from '@/lib/server/db';
import { ticketQrContent } from '@/lib/tickets/keys';
import { createTestEvent, registrationInput } from '@/test/factories';

// Room-door fixtures: an event with two bookable sessions, people with bookings written directly (status and the
// session's counter), and scans at a door. The seat core that normally writes bookings is not what is tested here.

const key = () => `k-${randomBytes(8).toString('hex')}`;
export const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

/** An event with two bookable sessions and helpers to add people and scan them. */
export async function setupRoomDoor() {
  const event = await createTestEvent();
  const session = (title: string) =>
    db.eventSession.create({
      data: {
        eventId: event.id,
        title,
        bookable: true,
        capacity: 20,
        startsAt: event.startsAt,
        endsAt: new Date(event.startsAt.getTime() + 90 * 60_000),
      },
    });
  const [workshop, other] = [await session('Workshop A'), await session('Workshop B')];
  const person = async (booking?: { sessionId: string; status: 'confirmed' | 'waitlisted' | 'cancelled' }) => {
    const reg = await createRegistration(event, registrationInput());
    if (booking) {
      await db.sessionBooking.create({ data: { eventId: event.id, registrationId: reg.id, ...booking } });
      if (booking.status === 'confirmed')
        await db.eventSession.update({ where: { id: booking.sessionId }, data: { confirmedCount: { increment: 1 } } });
    }
    return { ...reg, qr: ticketQrContent({ ticketCode: reg.ticketCode, eventId: event.id }) };
  };
  const ctx = (deviceId = 'device-room-a') => ({ eventId: event.id, deviceId, actor: 'door@example.test' });
  const scan = (qr: string, at: Date, sessionId: string | null | undefined, extra = {}) => ({
    idempotencyKey: key(),
    scannedAt: at.toISOString(),
    code: qr,
    ...(sessionId === undefined ? {} : { sessionId }),
    ...extra,
  });
  const booking = (registrationId: string, sessionId = workshop.id) =>
    db.sessionBooking.findUniqueOrThrow({ where: { registrationId_sessionId: { registrationId, sessionId } } });
  const registration = (id: string) => db.registration.findUniqueOrThrow({ where: { id } });
  return { event, workshop, other, person, ctx, scan, booking, registration };
}
