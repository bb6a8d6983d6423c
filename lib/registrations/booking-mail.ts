import type { OutboxComposition, OutboxRow } from '@/lib/mail/outbox-row';

/**
 * The mails about a registration's sessions and mode: `session_promotion` (moved up from the waiting list of
 * row.sessionId) and `booking_changed` (the attendee changed sessions or mode: the current bookings, and the
 * ticket on site or the join link online).
 */
export async function composeBookingMailRow(row: OutboxRow): Promise<OutboxComposition> {
  return { skip: `Noch nicht umgesetzt: ${row.kind}` };
}
