// No 'server-only' here: the mail worker (npm run worker) reads overrides under plain Node.
import { db } from '@/lib/server/db';
import type { MailTextKind } from './schema';

/** An organizer's wording; empty fields fall back to the dictionaries' default. */
export interface MailTextOverride {
  subject: string;
  body: string;
}

/** The override of one mail for one event and language, or null when the event keeps the default text. */
export async function getMailText(
  eventId: string,
  kind: MailTextKind,
  locale: string,
): Promise<MailTextOverride | null> {
  return db.eventMailText.findUnique({
    where: { eventId_kind_locale: { eventId, kind, locale } },
    select: { subject: true, body: true },
  });
}
