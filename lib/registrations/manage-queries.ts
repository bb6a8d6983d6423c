import 'server-only';
import { storedAnswers } from '@/lib/questions/format';
import { getEventQuestions } from '@/lib/questions/queries';
import type { QuestionDefinition } from '@/lib/questions/schema';
import { db } from '@/lib/server/db';
import { isManageLinkExpired } from './manage-link';
import { personSelect } from './person-select';
import { isLinkToken } from './tokens';
import { getWaitlistPosition } from './waitlist';

const registrationSelect = {
  id: true,
  eventId: true,
  ticketCode: true,
  manageToken: true,
  status: true,
  ...personSelect,
  privacyConsentVersion: true,
  privacyConsentAt: true,
  answers: true,
  newsletterRequestedAt: true,
  newsletterConfirmedAt: true,
  cancelledAt: true,
  promotedAt: true,
  createdAt: true,
  mode: true,
  joinToken: true,
  // The active bookings (confirmed or on the session's waiting list), in programme order.
  bookings: {
    where: { status: { not: 'cancelled' } },
    select: {
      status: true,
      session: { select: { id: true, title: true, titleEn: true, room: true, startsAt: true, endsAt: true } },
    },
    orderBy: { session: { startsAt: 'asc' } },
  },
  event: {
    select: {
      id: true,
      attendanceFormat: true,
      sessionChoice: true,
      slug: true,
      title: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      retentionDays: true,
      venueName: true,
      venueAddress: true,
      venueRoom: true,
    },
  },
} as const;

export type StoredAnswers = Record<string, unknown>;

/** A stored answer next to its question; archived questions appear only when they were answered. */
export interface AnsweredQuestion {
  question: QuestionDefinition & { archived: boolean };
  value: unknown;
}

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * The manage page's view of one registration by its manage token, with event, questions, answers and
 * waiting-list place; null for a malformed, unknown or expired token, so callers can answer 404 alike.
 */
export async function getRegistrationByManageToken(token: string, now = new Date()) {
  if (!isLinkToken(token)) return null;
  const registration = await db.registration.findUnique({ where: { manageToken: token }, select: registrationSelect });
  if (!registration || isManageLinkExpired(registration.event, now)) return null;
  const [questions, waitlistPosition, waiting] = await Promise.all([
    getEventQuestions(registration.eventId, { includeArchived: true }),
    getWaitlistPosition(registration),
    // Whether a cancellation would pass the seat on (lib/registrations/seat-release.ts promotes until the start).
    registration.status === 'confirmed' && registration.event.startsAt > now
      ? db.registration.count({
          where: { eventId: registration.eventId, status: 'waitlisted', mode: registration.mode },
        })
      : 0,
  ]);
  const answers: StoredAnswers = storedAnswers(registration.answers);
  const answered: AnsweredQuestion[] = questions
    .filter((q) => !q.archived || hasValue(answers[q.id]))
    .map((question) => ({ question, value: answers[question.id] }));
  return {
    ...registration,
    answers,
    activeQuestions: questions.filter((q) => !q.archived).map(({ archived: _archived, ...q }) => q),
    answered,
    waitlistPosition,
    /** A cancellation now would give the seat to the next person on the waiting list. */
    seatGoesToWaitlist: waiting > 0,
  };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof getRegistrationByManageToken>>>;
