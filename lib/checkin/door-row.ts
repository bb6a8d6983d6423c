import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DoorAttendee } from './types';

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
} as const satisfies Prisma.RegistrationSelect;

export type DoorRow = Prisma.RegistrationGetPayload<{ select: typeof doorSelect }>;

/** First 32 hex characters of SHA-256(ticket code); equals ticketHash() in lib/tickets/format. */
export function ticketHashSync(ticketCode: string): string {
  return createHash('sha256').update(ticketCode.toUpperCase()).digest('hex').slice(0, 32);
}

/** A registration as a check-in device may see it. */
export function toDoorAttendee(row: DoorRow): DoorAttendee {
  return {
    id: row.id,
    title: row.title,
    firstName: row.firstName,
    lastName: row.lastName,
    organization: row.organization,
    status: row.status,
    guestType: row.guestType,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    checkedInDevice: row.checkedInDevice,
    ticketHash: ticketHashSync(row.ticketCode),
  };
}
