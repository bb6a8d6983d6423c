import { getMailAttendance } from '@/lib/attendance/mail-facts';
import { pickText } from '@/lib/events/localize';
import { formatTimeRange } from '@/lib/format';
import { composeBookingMail } from '@/lib/mail/compose/booking-mail';
import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';
import { db } from '@/lib/server/db';
import { mailEventFor, mailEventSelect, mailLocale } from './mail-facts';

/**
 * The mails about a registration's sessions and mode: `session_promotion` (moved up from the waiting list of
 * row.sessionId) and `booking_changed` (the attendee changed sessions or mode: the current bookings, and the
 * ticket on site or the join link online). Both read the state at send time.
 */
export async function composeBookingMailRow(row: OutboxRow): Promise<OutboxComposition> {
  if (!row.registrationId) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  const r = await db.registration.findUnique({
    where: { id: row.registrationId },
    select: {
      id: true,
      eventId: true,
      status: true,
      salutation: true,
      title: true,
      firstName: true,
      lastName: true,
      email: true,
      locale: true,
      anonymizedAt: true,
      ticketCode: true,
      manageToken: true,
      event: { select: mailEventSelect },
    },
  });
  if (!r || r.anonymizedAt || !r.email) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  if (r.status === 'cancelled' || r.status === 'rejected')
    return { skip: `Die Anmeldung ist nicht mehr aktiv (${r.status}).` };
  const lang = mailLocale(r.locale);
  const attendance = await getMailAttendance(r.id, lang);
  if (!attendance) return { skip: 'Die Anmeldung existiert nicht mehr.' };
  let session: { title: string; when: string; room: string | null } | null = null;
  if (row.kind === 'session_promotion') {
    const booking = await db.sessionBooking.findFirst({
      where: { registrationId: r.id, sessionId: row.sessionId ?? '' },
      select: {
        status: true,
        session: { select: { title: true, titleEn: true, room: true, startsAt: true, endsAt: true } },
      },
    });
    if (booking?.status !== 'confirmed') return { skip: 'Der Workshop-Platz ist nicht mehr gebucht.' };
    const s = booking.session;
    session = {
      title: pickText(s.title, s.titleEn, lang),
      when: formatTimeRange(s.startsAt, s.endsAt, lang),
      room: s.room,
    };
  }
  const mail = await composeBookingMail({
    kind: row.kind === 'session_promotion' ? 'session_promotion' : 'booking_changed',
    recipient: { lang, salutation: r.salutation, title: r.title, firstName: r.firstName, lastName: r.lastName },
    event: mailEventFor(r.event, lang),
    attendance,
    session,
    manageToken: r.manageToken,
    ticket:
      row.kind === 'booking_changed' && r.status === 'confirmed'
        ? { ticketCode: r.ticketCode, eventId: r.eventId }
        : null,
  });
  return { mail, to: r.email, toName: `${r.firstName} ${r.lastName}` };
}
