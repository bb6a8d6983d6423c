import 'server-only';
import type { MailStatus, Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';

/** How many of a send's mails are in each delivery state. */
export type DeliveryCounts = Record<MailStatus, number>;

export const emptyDelivery = (): DeliveryCounts => ({ queued: 0, retrying: 0, sent: 0, failed: 0, skipped: 0 });

/**
 * One page of a send's per-recipient delivery states (organizer messages, certificates): the page number is clamped
 * to the pages the delivery counts make, recipients ordered by address.
 */
export async function getRecipientPage(
  where: Prisma.OutboxMailWhereInput,
  delivery: DeliveryCounts,
  page: number,
  pageSize: number,
) {
  const total = Object.values(delivery).reduce((a, b) => a + b, 0);
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), totalPages);
  const recipients = await db.outboxMail.findMany({
    where,
    select: {
      id: true,
      recipient: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      updatedAt: true,
      registration: { select: { id: true, title: true, firstName: true, lastName: true } },
    },
    orderBy: [{ recipient: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { total, recipients, page: current, totalPages };
}
