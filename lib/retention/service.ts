import { recordAudit } from '@/lib/audit/service';
import { anonymiseCertificates } from '@/lib/certificates/retention';
import { db } from '@/lib/server/db';
import { pruneRateLimits } from '@/lib/server/rate-limit';
import { anonymiseInvitations } from '@/lib/invitations/retention';
import { anonymiseGroups } from '@/lib/registrations/group-retention';
import { anonymiseRegistrations } from './anonymise';

const DAY_SECONDS = 24 * 60 * 60;

export interface RetentionRun {
  events: { eventId: string; registrations: number }[];
  rateLimitBuckets: number;
}

/**
 * The daily retention job: every event whose end plus retentionDays has passed and that is not anonymised yet
 * gets its registrations anonymised, one transaction and one audit entry per event. Safe to run again.
 * Rate-limit buckets (derived from client IPs) older than a day are deleted too.
 */
export async function anonymiseDueEvents(now = new Date()): Promise<RetentionRun> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Event"
    WHERE "anonymizedAt" IS NULL AND "endsAt" + make_interval(days => "retentionDays") <= ${now}
    ORDER BY "endsAt"`;
  const events: RetentionRun['events'] = [];
  for (const { id } of due) {
    const registrations = await db.$transaction(async (tx) => {
      // Locks the event row, so two workers running the job at once do not both anonymise and audit it.
      const [event] = await tx.$queryRaw<
        { anonymizedAt: Date | null }[]
      >`SELECT "anonymizedAt" FROM "Event" WHERE "id" = ${id} FOR UPDATE`;
      if (!event || event.anonymizedAt) return null;
      const ids = (
        await tx.registration.findMany({ where: { eventId: id, anonymizedAt: null }, select: { id: true } })
      ).map((r) => r.id);
      const count = await anonymiseRegistrations(tx, ids, now);
      // Also certificates whose registration was deleted meanwhile.
      await anonymiseCertificates(tx, { eventId: id }, now);
      await anonymiseInvitations(tx, id, now);
      await anonymiseGroups(tx, id);
      await tx.event.update({ where: { id }, data: { anonymizedAt: now } });
      await recordAudit(tx, {
        actor: 'system',
        action: 'retention.anonymise',
        eventId: id,
        summary: `Aufbewahrungsfrist abgelaufen: ${count} Anmeldung(en) anonymisiert.`,
        details: { registrations: count },
      });
      return count;
    });
    if (registrations !== null) events.push({ eventId: id, registrations });
  }
  const rateLimitBuckets = await pruneRateLimits(DAY_SECONDS, now);
  return { events, rateLimitBuckets };
}
