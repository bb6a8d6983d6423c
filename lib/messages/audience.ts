import type { MessageAudience, Prisma } from '@/lib/generated/prisma/client';

/**
 * The registrations of an event that an audience reaches. Cancelled registrations are never among them:
 * every audience names a status other than cancelled.
 */
export function audienceWhere(eventId: string, audience: MessageAudience): Prisma.RegistrationWhereInput {
  switch (audience) {
    case 'confirmed':
      return { eventId, status: 'confirmed' };
    case 'waitlisted':
      return { eventId, status: 'waitlisted' };
    case 'checked_in':
      return { eventId, status: 'confirmed', checkedInAt: { not: null } };
    case 'not_checked_in':
      return { eventId, status: 'confirmed', checkedInAt: null };
  }
}
