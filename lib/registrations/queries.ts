import 'server-only';
import { db } from '@/lib/server/db';
import { isManageLinkExpired } from './manage-link';
import { normalizeTicketCode } from './ticket-code';

const TICKET_CODE = /^[0-9A-F]{32}$/;

/** The ticket page's view of one registration, by ticket code (any case, spaces or dashes); null if unknown or past retention. */
export async function getTicketByCode(code: string, now = new Date()) {
  const ticketCode = normalizeTicketCode(code);
  // Anything that cannot be a code is unknown without asking the database.
  if (!TICKET_CODE.test(ticketCode)) return null;
  return db.registration
    .findUnique({
      where: { ticketCode },
      select: {
        ticketCode: true,
        status: true,
        title: true,
        firstName: true,
        lastName: true,
        organization: true,
        event: {
          select: {
            slug: true,
            title: true,
            startsAt: true,
            endsAt: true,
            venueName: true,
            venueAddress: true,
            venueRoom: true,
            retentionDays: true,
          },
        },
      },
    })
    .then((ticket) => (ticket && !isManageLinkExpired(ticket.event, now) ? ticket : null));
}

export type Ticket = NonNullable<Awaited<ReturnType<typeof getTicketByCode>>>;

/** The id of the active (not cancelled) registration of an e-mail address for an event given by id or slug. */
export async function findRegistrationIdByEmail(eventIdOrSlug: string, email: string): Promise<string | null> {
  const registration = await db.registration.findFirst({
    where: {
      email: email.trim().toLowerCase(),
      status: { not: 'cancelled' },
      event: { OR: [{ id: eventIdOrSlug }, { slug: eventIdOrSlug }] },
    },
    select: { id: true },
  });
  return registration?.id ?? null;
}
