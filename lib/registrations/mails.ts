import { enqueueMail } from '@/lib/mail/outbox';
import { db, type Tx } from '@/lib/server/db';

interface MailTarget {
  id: string;
  eventId: string;
  email: string;
  status: string;
}

/** Puts the mail that fits the registration's status (confirmation or waiting list) into the outbox, in `tx`. */
export async function enqueueStatusMail(tx: Tx, r: MailTarget): Promise<void> {
  if (r.status === 'cancelled') return;
  await enqueueMail(tx, {
    kind: r.status === 'confirmed' ? 'confirmation' : 'waitlist',
    recipient: r.email,
    eventId: r.eventId,
    registrationId: r.id,
  });
}

/** Sends the registration's confirmation (or waiting-list mail) again, through the outbox. */
export async function resendRegistrationMail(registrationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const r = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { id: true, eventId: true, email: true, status: true },
    });
    if (r) await enqueueStatusMail(tx, r);
  });
}
