import type { Tx } from '@/lib/server/db';
import { db } from '@/lib/server/db';

/**
 * 1-based place on the waiting list of the registration's mode (each mode's pool has its own) in arrival order
 * (createdAt, then id), the same order in which lib/registrations/seat-release.ts promotes; null when the
 * registration is not waitlisted.
 */
export async function getWaitlistPosition(
  registration: { id: string; eventId: string; status: string; createdAt: Date; mode?: 'onsite' | 'online' },
  client: Tx | typeof db = db,
): Promise<number | null> {
  if (registration.status !== 'waitlisted') return null;
  const ahead = await client.registration.count({
    where: {
      eventId: registration.eventId,
      status: 'waitlisted',
      ...(registration.mode ? { mode: registration.mode } : {}),
      OR: [
        { createdAt: { lt: registration.createdAt } },
        { createdAt: registration.createdAt, id: { lt: registration.id } },
      ],
    },
  });
  return ahead + 1;
}
