import 'server-only';
import { requireOrganizer } from '@/lib/auth/guards';
import { eventHeadingSelect, registrationStateSelect } from '@/lib/events/selects';
import { getRegistrationState } from '@/lib/events/registration-state';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import {
  INVITATION_PAGE_SIZE,
  INVITATION_STATUSES,
  type InvitationFilters,
  type InvitationStatusValue,
} from './schema';
import { remindableWhere, unsentWhere } from './service';
import { isInvitationToken } from './token';

export const invitationRowSelect = {
  id: true,
  status: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  email: true,
  organization: true,
  position: true,
  locale: true,
  invitedAt: true,
  openedAt: true,
  registeredAt: true,
  declinedAt: true,
  declineNote: true,
  lastRemindedAt: true,
  reminderCount: true,
} as const satisfies Prisma.InvitationSelect;

export type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationRowSelect }>;

/** The list's where clause: status and a search over name, address and organisation. */
export function invitationWhere(eventId: string, filters: InvitationFilters): Prisma.InvitationWhereInput {
  const q = filters.q?.trim();
  return {
    eventId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(q
      ? {
          OR: (['firstName', 'lastName', 'email', 'organization'] as const).map((field) => ({
            [field]: { contains: q, mode: 'insensitive' as const },
          })),
        }
      : {}),
  };
}

/** The invitations page: the event, counts per status, one page of the (filtered) list, and what the buttons would do. */
export async function getInvitationPage(slug: string, filters: InvitationFilters) {
  await requireOrganizer();
  const event = await db.event.findUnique({
    where: { slug },
    select: { ...eventHeadingSelect, invitationReminderAt: true, invitationReminderQueuedAt: true, anonymizedAt: true },
  });
  if (!event) return null;
  const where = invitationWhere(event.id, filters);
  const [groups, total, unsent, remindable] = await Promise.all([
    db.invitation.groupBy({ by: ['status'], where: { eventId: event.id }, _count: { _all: true } }),
    db.invitation.count({ where }),
    db.invitation.count({ where: unsentWhere(event.id) }),
    db.invitation.count({ where: remindableWhere(event.id) }),
  ]);
  const counts = Object.fromEntries(
    INVITATION_STATUSES.map((s) => [s, groups.find((g) => g.status === s)?._count._all ?? 0]),
  ) as Record<InvitationStatusValue, number>;
  const totalPages = Math.max(1, Math.ceil(total / INVITATION_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, totalPages);
  const rows = await db.invitation.findMany({
    where,
    select: invitationRowSelect,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * INVITATION_PAGE_SIZE,
    take: INVITATION_PAGE_SIZE,
  });
  const all = INVITATION_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return { event, counts, all, total, rows, page, totalPages, unsent, remindable };
}

/** The event heading for the import and "add by hand" pages. */
export async function getInvitationEvent(slug: string) {
  await requireOrganizer();
  return db.event.findUnique({ where: { slug }, select: eventHeadingSelect });
}

/**
 * The invitation behind a personal link, with its event and the registration state as an invitee sees it
 * (invitation-only and the held seats do not apply to them), or null for an unknown or anonymised token.
 */
export async function getInvitationByToken(token: string, now = new Date()) {
  if (!isInvitationToken(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { token },
    select: {
      ...invitationRowSelect,
      token: true,
      anonymizedAt: true,
      registration: { select: { status: true } },
      event: {
        select: {
          id: true,
          slug: true,
          title: true,
          titleEn: true,
          published: true,
          venueName: true,
          photoNotice: true,
          photoNoticeEn: true,
          ...registrationStateSelect,
        },
      },
    },
  });
  if (!invitation || invitation.anonymizedAt || !invitation.event.published) return null;
  const inviteeState = getRegistrationState(
    { ...invitation.event, invitationOnly: false, reservedSeats: 0, reservedTaken: 0 },
    now,
  );
  return { ...invitation, registrationState: inviteeState };
}

export type InvitationForInvitee = NonNullable<Awaited<ReturnType<typeof getInvitationByToken>>>;
