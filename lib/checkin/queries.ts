import 'server-only';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/guards';
import { registrationTextSearch } from '@/lib/search/name-search';
import { db } from '@/lib/server/db';

const MAX_RESULTS = 20;
const MAX_TERMS = 6;

/** The event shown on the check-in page, or a 404. */
export async function getCheckinEvent(slug: string) {
  await requireUser();
  const event = await db.event.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, startsAt: true },
  });
  if (!event) notFound();
  return event;
}

export interface CheckinCounts {
  checkedIn: number;
  confirmed: number;
}

/** How many confirmed attendees are already inside, out of all confirmed. */
export async function getCheckinCounts(slug: string): Promise<CheckinCounts> {
  await requireUser();
  const base = { event: { slug }, status: 'confirmed' as const };
  const [checkedIn, confirmed] = await Promise.all([
    db.registration.count({ where: { ...base, checkedInAt: { not: null } } }),
    db.registration.count({ where: base }),
  ]);
  return { checkedIn, confirmed };
}

export interface CheckinSearchHit {
  id: string;
  title: string | null;
  firstName: string;
  lastName: string;
  organization: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  checkedInAt: Date | null;
}

/** Attendees of any status whose name or organisation matches every search term (max 20). */
export async function searchAttendeesForCheckin(slug: string, q: string): Promise<CheckinSearchHit[]> {
  await requireUser();
  const terms = registrationTextSearch(q, ['firstName', 'lastName', 'organization'], MAX_TERMS);
  if (terms.length === 0) return [];
  return db.registration.findMany({
    where: { event: { slug }, AND: terms },
    select: { id: true, title: true, firstName: true, lastName: true, organization: true, status: true, checkedInAt: true },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
    take: MAX_RESULTS,
  });
}
