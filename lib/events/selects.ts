import type { Prisma } from '@/lib/generated/prisma/client';

/** What every organizer page about one event needs for its heading and links. */
export const eventHeadingSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
} as const satisfies Prisma.EventSelect;

/** The English versions of an event's own content fields, for localizeEvent and the editor. */
export const englishContentSelect = {
  titleEn: true,
  mottoEn: true,
  descriptionEn: true,
  themesEn: true,
  venueDirectionsEn: true,
  photoNoticeEn: true,
} as const satisfies Prisma.EventSelect;

/** The event's hosts in display order, as the event page and the editor list them. */
export const hostsInOrder = {
  select: { id: true, name: true, role: true, roleEn: true, url: true, logoMime: true },
  orderBy: [{ position: 'asc' }, { id: 'asc' }],
} satisfies Prisma.Event$hostsArgs;

/** The programme in time order with its speakers, as the event page and the editor list it. */
export const programmeInOrder = {
  select: {
    id: true,
    startsAt: true,
    endsAt: true,
    title: true,
    titleEn: true,
    description: true,
    descriptionEn: true,
    room: true,
    bookable: true,
    capacity: true,
    confirmedCount: true,
    waitlistEnabled: true,
    speakers: {
      select: { id: true, name: true, role: true, roleEn: true, organization: true },
      orderBy: { position: 'asc' },
    },
  },
  orderBy: [{ startsAt: 'asc' }, { position: 'asc' }],
} satisfies Prisma.Event$sessionsArgs;

/** What getRegistrationState needs to tell whether an event takes registrations. */
export const registrationStateSelect = {
  capacity: true,
  confirmedCount: true,
  waitlistEnabled: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  startsAt: true,
  endsAt: true,
  reservedSeats: true,
  reservedTaken: true,
  reservedReleaseAt: true,
  reservedReleasedAt: true,
  invitationOnly: true,
  attendanceFormat: true,
  onlineCapacity: true,
  onlineConfirmedCount: true,
} as const satisfies Prisma.EventSelect;
