import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';
import { type EntryStatus, seatMailKind } from './seats';

interface MailTarget {
  id: string;
  eventId: string;
  email: string;
  status: string;
}

const ACTIVE: readonly string[] = ['confirmed', 'waitlisted', 'pending'] satisfies EntryStatus[];

/** Puts the mail that fits the registration's status (confirmation, waiting list, pending) into the outbox, in `tx`. */
export async function enqueueStatusMail(tx: Tx, r: MailTarget): Promise<void> {
  // A cancelled or rejected registration has no seat mail to send (again).
  if (!ACTIVE.includes(r.status)) return;
  await enqueueMail(tx, {
    kind: seatMailKind(r.status as EntryStatus),
    recipient: r.email,
    eventId: r.eventId,
    registrationId: r.id,
  });
}

// One resend per address and window: the public "send again" button must not flood an inbox.
const RESEND_WINDOW_MS = 10 * 60 * 1000;

/**
 * Sends the registration's confirmation (or waiting-list mail) again, through the outbox, unless one
 * was queued for it within the last ten minutes. Returns whether a mail was queued.
 */
export async function resendRegistrationMail(registrationId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const r = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { id: true, eventId: true, email: true, status: true },
    });
    if (!r || !ACTIVE.includes(r.status)) return false;
    const recent = await tx.outboxMail.count({
      where: {
        registrationId,
        kind: { in: ['confirmation', 'waitlist', 'promotion', 'pending'] },
        createdAt: { gt: new Date(now.getTime() - RESEND_WINDOW_MS) },
      },
    });
    if (recent > 0) return false;
    await enqueueStatusMail(tx, r);
    return true;
  });
}
