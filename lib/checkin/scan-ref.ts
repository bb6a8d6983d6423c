import { normalizeTicketCode } from '@/lib/registrations/ticket-code';
import { looksSigned } from '@/lib/tickets/format';
import { eventTagSync, verifySignedTicket } from '@/lib/tickets/keys';
import type { ScanInput } from './schema';

const HEX32 = /^[0-9A-F]{32}$/;

/** What a scan points at before the database is asked: a registration id, a ticket code, or a verdict already. */
export type ScanRef =
  | { kind: 'invalid' }
  | { kind: 'wrong_event' }
  | { kind: 'id'; id: string }
  | { kind: 'code'; ticketCode: string };

/** Checks a scan's signature and form (no database): forged or malformed codes are invalid, other events' tickets wrong_event. */
export function scanRef(eventId: string, scan: Pick<ScanInput, 'code' | 'registrationId'>): ScanRef {
  if (scan.registrationId !== undefined) return { kind: 'id', id: scan.registrationId };
  const text = scan.code ?? '';
  if (looksSigned(text)) {
    const ticket = verifySignedTicket(text);
    if (!ticket) return { kind: 'invalid' };
    if (ticket.eventTag !== eventTagSync(eventId)) return { kind: 'wrong_event' };
    return { kind: 'code', ticketCode: ticket.ticketCode };
  }
  // Tickets mailed before signing existed carry the bare 32-hex code.
  const ticketCode = normalizeTicketCode(text);
  return HEX32.test(ticketCode) ? { kind: 'code', ticketCode } : { kind: 'invalid' };
}
