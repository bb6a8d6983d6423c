import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { SUBSTITUTED_BY } from '@/lib/registrations/substitution-marker';
import type { DoorAttendee, DoorBooking } from './types';

export const doorSelect = {
  id: true,
  eventId: true,
  title: true,
  firstName: true,
  lastName: true,
  organization: true,
  status: true,
  guestType: true,
  checkedInAt: true,
  checkedInDevice: true,
  ticketCode: true,
  cancelledBy: true,
  mode: true,
} as const satisfies Prisma.RegistrationSelect;

export type DoorRow = Prisma.RegistrationGetPayload<{ select: typeof doorSelect }>;

/**
 * What the door knows of a status: a registration awaiting approval holds no seat, like one on the waiting list,
 * and a rejected one is as invalid as a cancelled one. Devices keep their three states, so older clients still work.
 */
export function doorStatus(status: DoorRow['status']): DoorAttendee['status'] {
  if (status === 'pending') return 'waitlisted';
  if (status === 'rejected') return 'cancelled';
  return status;
}

/** First 32 hex characters of SHA-256(ticket code); equals ticketHash() in lib/tickets/format. */
export function ticketHashSync(ticketCode: string): string {
  return createHash('sha256').update(ticketCode.toUpperCase()).digest('hex').slice(0, 32);
}

/** A booking row as the door sees it. */
export function toDoorBooking(row: {
  sessionId: string;
  checkedInAt: Date | null;
  checkedInDevice: string | null;
}): DoorBooking {
  return {
    sessionId: row.sessionId,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    checkedInDevice: row.checkedInDevice,
  };
}

/** A registration as a check-in device may see it; `bookings` (confirmed ones) only where they were read. */
export function toDoorAttendee(row: DoorRow, bookings?: DoorBooking[]): DoorAttendee {
  return {
    id: row.id,
    title: row.title,
    firstName: row.firstName,
    lastName: row.lastName,
    organization: row.organization,
    status: doorStatus(row.status),
    guestType: row.guestType,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    checkedInDevice: row.checkedInDevice,
    ticketHash: ticketHashSync(row.ticketCode),
    ...(row.status === 'cancelled' && row.cancelledBy === SUBSTITUTED_BY ? { substituted: true } : {}),
    ...(row.mode === 'online' ? { mode: 'online' as const } : {}),
    ...(bookings ? { bookings } : {}),
  };
}
