import { db } from '@/lib/server/db';
import { ticketQrContent } from './keys';

/** The signed QR text for a ticket code, looking up its event; the raw code when it is unknown (e.g. mail previews). */
export async function ticketQrContentForCode(ticketCode: string): Promise<string> {
  const row = await db.registration.findUnique({ where: { ticketCode }, select: { id: true, eventId: true } });
  return row ? ticketQrContent({ ticketCode, eventId: row.eventId, registrationId: row.id }) : ticketCode;
}
