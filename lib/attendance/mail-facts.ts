import { pickText } from '@/lib/events/localize';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import type { Locale } from '@/lib/i18n/config';
import { appUrl } from '@/lib/mail/compose/shared';
import type { MailAttendance } from '@/lib/mail/compose/types';
import { db } from '@/lib/server/db';
import { releaseTime } from './join-window';

/** The personal join link's absolute URL. */
export function joinUrl(joinToken: string): string {
  return appUrl(`/join/${joinToken}`);
}

/**
 * How a registration attends, read when its mail is composed (so a change after queuing shows): the join link
 * for a confirmed online attendee, the live workshop bookings on site. The stream URL is not even read.
 */
export async function getMailAttendance(registrationId: string, lang: Locale): Promise<MailAttendance | null> {
  const r = await db.registration.findUnique({
    where: { id: registrationId },
    select: {
      status: true,
      mode: true,
      joinToken: true,
      event: { select: { startsAt: true, streamReleaseMinutes: true } },
      bookings: {
        where: { status: { in: ['confirmed', 'waitlisted'] } },
        select: {
          status: true,
          session: { select: { title: true, titleEn: true, room: true, startsAt: true, endsAt: true } },
        },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  if (!r) return null;
  const join =
    r.mode === 'online' && r.status === 'confirmed' && r.joinToken
      ? { url: joinUrl(r.joinToken), releaseAt: formatDateTime(releaseTime(r.event), lang) }
      : null;
  return {
    mode: r.mode,
    join,
    sessions:
      r.mode === 'online'
        ? []
        : r.bookings.map((b) => ({
            title: pickText(b.session.title, b.session.titleEn, lang),
            when: formatTimeRange(b.session.startsAt, b.session.endsAt, lang),
            room: b.session.room,
            waitlisted: b.status !== 'confirmed',
          })),
  };
}
