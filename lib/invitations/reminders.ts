import { db } from '@/lib/server/db';
import { queueReminders } from './service';

/**
 * The scheduled invitation reminder: for each event whose Event.invitationReminderAt has come (and that has not
 * started), the reminder goes into the outbox once. Claiming the event (invitationReminderQueuedAt) and queuing
 * happen in one transaction, so whichever worker runs this, each schedule sends once.
 */
export async function enqueueDueInvitationReminders(now = new Date()): Promise<{ events: number; mails: number }> {
  const due = await db.event.findMany({
    where: { invitationReminderAt: { lte: now }, invitationReminderQueuedAt: null, startsAt: { gt: now } },
    select: { id: true },
  });
  let mails = 0;
  let events = 0;
  for (const event of due) {
    mails += await db.$transaction(
      async (tx) => {
        const claimed = await tx.event.updateMany({
          where: { id: event.id, invitationReminderQueuedAt: null, invitationReminderAt: { lte: now } },
          data: { invitationReminderQueuedAt: now },
        });
        if (claimed.count === 0) return 0;
        events++;
        return queueReminders(tx, event.id, 'system', now);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }
  return { events, mails };
}
