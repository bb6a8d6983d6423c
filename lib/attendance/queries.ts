import 'server-only';
import { getBookableSessions } from '@/lib/sessions/queries';
import { isLinkToken } from '@/lib/registrations/tokens';
import { db } from '@/lib/server/db';
import { type JoinFacts, releaseTime } from './join-window';

export interface JoinTarget extends JoinFacts {
  id: string;
  streamUrl: string | null;
  slug: string;
  title: string;
  titleEn: string | null;
}

/**
 * A join link's registration and event, for the join route only. The stream URL is read here and goes nowhere
 * but the redirect's Location header: no page, mail, API answer or export shows it.
 */
export async function getJoinTarget(token: string): Promise<JoinTarget | null> {
  if (!isLinkToken(token)) return null;
  const r = await db.registration.findUnique({
    where: { joinToken: token },
    select: {
      id: true,
      status: true,
      mode: true,
      anonymizedAt: true,
      event: {
        select: {
          slug: true,
          title: true,
          titleEn: true,
          startsAt: true,
          endsAt: true,
          streamReleaseMinutes: true,
          streamUrl: true,
        },
      },
    },
  });
  if (!r) return null;
  const { streamUrl, slug, title, titleEn, ...event } = r.event;
  return {
    id: r.id,
    status: r.status,
    mode: r.mode,
    anonymizedAt: r.anonymizedAt,
    slug,
    title,
    titleEn,
    streamUrl,
    event: { ...event, hasStream: Boolean(streamUrl) },
  };
}

/** One booked (or waiting) session of a registration, as pages and mails list it. */
export interface BookedSession {
  id: string;
  title: string;
  titleEn: string | null;
  room: string | null;
  startsAt: Date;
  endsAt: Date | null;
  status: 'confirmed' | 'waitlisted';
}

/** How a registration attends: mode, join token and its live bookings in time order (ticket and manage pages). */
export async function getAttendance(where: { id: string } | { ticketCode: string }) {
  const r = await db.registration.findUnique({
    where,
    select: {
      mode: true,
      joinToken: true,
      event: { select: { attendanceFormat: true, streamReleaseMinutes: true, startsAt: true } },
      bookings: {
        where: { status: { in: ['confirmed', 'waitlisted'] } },
        select: {
          status: true,
          session: { select: { id: true, title: true, titleEn: true, room: true, startsAt: true, endsAt: true } },
        },
        orderBy: { session: { startsAt: 'asc' } },
      },
    },
  });
  if (!r) return null;
  const sessions: BookedSession[] = r.bookings.map((b) => ({
    ...b.session,
    status: b.status === 'confirmed' ? 'confirmed' : 'waitlisted',
  }));
  return {
    mode: r.mode,
    joinToken: r.joinToken,
    format: r.event.attendanceFormat,
    releaseAt: releaseTime(r.event),
    sessions,
  };
}

export type Attendance = NonNullable<Awaited<ReturnType<typeof getAttendance>>>;

/** What the form offers besides the person: the event's modes and places, its session rule and bookable sessions. */
export async function getAttendanceOptions(eventId: string) {
  const [event, sessions] = await Promise.all([
    db.event.findUnique({
      where: { id: eventId },
      select: {
        attendanceFormat: true,
        sessionChoice: true,
        onlineCapacity: true,
        onlineConfirmedCount: true,
      },
    }),
    getBookableSessions(eventId),
  ]);
  return event ? { ...event, sessions } : null;
}
