import 'server-only';
import { cache } from 'react';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEventQuestions } from '@/lib/questions/queries';
import { db } from '@/lib/server/db';
import { englishContentSelect, hostsInOrder, programmeInOrder } from './selects';
import { slugEditable } from './editor-service';

/** Everything the editor shows about one event (no logo bytes), or null; organizers only. Cached per request for layout and page. */
export const getEditableEvent = cache(async (slug: string) => {
  await requireOrganizer();
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      motto: true,
      description: true,
      themes: true,
      ...englishContentSelect,
      startsAt: true,
      endsAt: true,
      venueName: true,
      venueAddress: true,
      venueRoom: true,
      venueDirections: true,
      capacity: true,
      confirmedCount: true,
      waitlistEnabled: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      published: true,
      photoNotice: true,
      retentionDays: true,
      reminderDaysBefore: true,
      invitationOnly: true,
      approvalRequired: true,
      approvalOverflow: true,
      reservedSeats: true,
      reservedTaken: true,
      reservedReleaseAt: true,
      reservedReleasedAt: true,
      maxGroupSize: true,
      // Issue #17. The stream's address is read for the editor's own form only.
      attendanceFormat: true,
      onlineCapacity: true,
      onlineConfirmedCount: true,
      streamUrl: true,
      streamReleaseMinutes: true,
      sessionChoice: true,
      _count: { select: { registrations: true, sessions: true } },
      hosts: hostsInOrder,
      sessions: programmeInOrder,
    },
  });
  if (!event) return null;
  const { _count, ...rest } = event;
  return {
    ...rest,
    registrationCount: _count.registrations,
    sessionCount: _count.sessions,
    slugEditable: slugEditable({ published: event.published, registrationCount: _count.registrations }),
  };
});

export type EditableEvent = NonNullable<Awaited<ReturnType<typeof getEditableEvent>>>;

/** The event's questions including archived ones, with how many registrations answered each. */
export async function getEditableQuestions(eventId: string) {
  await requireOrganizer();
  const [questions, counts] = await Promise.all([
    getEventQuestions(eventId, { includeArchived: true }),
    db.$queryRaw<{ key: string; n: bigint }[]>`
      SELECT key, count(*) AS n FROM "Registration", jsonb_object_keys(answers) AS key
      WHERE "eventId" = ${eventId} GROUP BY key`,
  ]);
  const answered = new Map(counts.map((c) => [c.key, Number(c.n)]));
  return questions.map((q) => ({ ...q, answerCount: answered.get(q.id) ?? 0 }));
}
