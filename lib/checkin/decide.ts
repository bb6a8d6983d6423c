import { looksSigned, parseSignedTicket, ticketHash } from '@/lib/tickets/format';
import { verifyTicketSignature } from '@/lib/tickets/verify';
import type { DoorAttendee, ScanKind } from './types';

const HEX32 = /^[0-9A-F]{32}$/;

export interface LocalList {
  publicKey: string;
  eventTag: string;
  byHash: (hash: string) => DoorAttendee | undefined;
}

export interface LocalDecision {
  kind: ScanKind;
  attendee: DoorAttendee | null;
}

/**
 * The verdict for an attendee from the device's list (and its own unsynced check-ins, already merged in), at the
 * event entrance (`door` null) or a session's room door, where only a confirmed booking admits.
 */
export function verdictFor(attendee: DoorAttendee, door: string | null = null): ScanKind {
  if (attendee.status === 'cancelled') return 'cancelled';
  if (attendee.status === 'waitlisted') return 'waitlisted';
  if (attendee.mode === 'online') return 'online';
  if (door === null) return attendee.checkedInAt ? 'already_checked_in' : 'checked_in';
  const booking = attendee.bookings?.find((b) => b.sessionId === door);
  if (!booking) return 'not_booked';
  return booking.checkedInAt ? 'already_checked_in' : 'checked_in';
}

/** Decides a scan on the device, offline: signature with the public key, then the cached list; raw codes by hash. */
export async function decideLocally(text: string, list: LocalList, door: string | null = null): Promise<LocalDecision> {
  let code: string;
  if (looksSigned(text)) {
    const ticket = parseSignedTicket(text);
    if (!ticket || !(await verifyTicketSignature(list.publicKey, ticket))) return { kind: 'invalid', attendee: null };
    if (ticket.eventTag !== list.eventTag) return { kind: 'wrong_event', attendee: null };
    code = ticket.ticketCode;
    const attendee = list.byHash(await ticketHash(code));
    // A valid signature for this event is a real ticket even before the list on this device knows the person; a
    // room door cannot know their booking then, so it refuses until the next sync brings them.
    if (attendee) return { kind: verdictFor(attendee, door), attendee };
    return { kind: door === null ? 'checked_in' : 'not_booked', attendee: null };
  }
  code = text.replace(/[\s-]/g, '').toUpperCase();
  if (!HEX32.test(code)) return { kind: 'invalid', attendee: null };
  const attendee = list.byHash(await ticketHash(code));
  return attendee ? { kind: verdictFor(attendee, door), attendee } : { kind: 'invalid', attendee: null };
}
