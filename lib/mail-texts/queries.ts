import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { db } from '@/lib/server/db';

/** Every override of an event, for the editor page (organizers only). */
export async function getMailTexts(eventId: string) {
  await requireOrganizer();
  return db.eventMailText.findMany({
    where: { eventId },
    select: { kind: true, locale: true, subject: true, body: true },
  });
}
