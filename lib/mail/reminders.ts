import { db } from '@/lib/server/db';
import { enqueueMails } from './outbox';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts the reminder mail for every confirmed attendee into the outbox, for each event whose reminder
 * time (start minus reminderDaysBefore days) has come and that has not started. Claiming the event row
 * and enqueuing happen in one transaction, so each event's reminders go out once, whichever worker runs this.
 */
export async function enqueueDueReminders(now = new Date()): Promise<{ events: number; mails: number }> {
  const candidates = await db.event.findMany({
    where: { reminderDaysBefore: { not: null }, reminderQueuedAt: null, startsAt: { gt: now } },
    select: { id: true, startsAt: true, reminderDaysBefore: true },
  });
  const due = candidates.filter((e) => e.startsAt.getTime() - (e.reminderDaysBefore ?? 0) * DAY_MS <= now.getTime());
  let mails = 0;
  for (const event of due) {
    mails += await db.$transaction(
      async (tx) => {
        const claimed = await tx.event.updateMany({
          where: { id: event.id, reminderQueuedAt: null },
          data: { reminderQueuedAt: now },
        });
        if (claimed.count === 0) return 0;
        const attendees = await tx.registration.findMany({
          where: { eventId: event.id, status: 'confirmed' },
          select: { id: true, email: true },
          orderBy: { createdAt: 'asc' },
        });
        await enqueueMails(
          tx,
          attendees.map((a) => ({
            kind: 'reminder' as const,
            recipient: a.email,
            eventId: event.id,
            registrationId: a.id,
          })),
        );
        return attendees.length;
      },
      { timeout: 60_000 },
    );
  }
  return { events: due.length, mails };
}
